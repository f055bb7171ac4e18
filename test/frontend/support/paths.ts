/** Repository paths the tests share: the same constants the build uses. */
export { I18N_FILE, OUTPUT_DIR, PLUGIN_KEY, ROOT_DIR, WR_XML_FILE } from '../../../webpack/constants.js';
