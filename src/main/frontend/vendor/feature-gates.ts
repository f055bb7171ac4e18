/**
 * Stands in for @atlaskit/feature-gate-js-client (aliased in webpack.config.js).
 *
 * Atlaskit components ask feature gates through @atlaskit/platform-feature-flags, which falls
 * back to a Statsig client when the host registers no resolver. A Data Center instance has no
 * Statsig, and nothing may leave the instance's origin, so the client is left out of the
 * bundle: every gate is off and every experiment answers its default, which is how the
 * published components behave when the real client was never initialised.
 */
const FeatureGates = {
  checkGate(_gateName: string): boolean {
    return false;
  },
  getExperimentValue<T>(_experimentName: string, _parameterName: string, defaultValue: T): T {
    return defaultValue;
  },
  initializeCompleted(): boolean {
    return false;
  },
};

export default FeatureGates;
