import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';

interface Props {
  isDisabled: boolean;
  onPurge: () => Promise<void>;
}

/** Deletes all Tablewise data, after a confirmation that says what goes and that it cannot be undone. */
export function PurgeAllButton({ isDisabled, onPurge }: Props) {
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);
  return (
    <>
      <Button appearance="danger" isDisabled={isDisabled} onClick={() => setConfirming(true)}
        testId="tablewise-privacy-purge">
        {I18n.getText('tablewise.privacy.purge.button')}
      </Button>
      <ModalTransition>
        {confirming && (
          <Modal onClose={close} width="medium" testId="tablewise-privacy-purge-dialog">
            <ModalHeader>
              <ModalTitle appearance="danger">{I18n.getText('tablewise.privacy.purge.confirm.title')}</ModalTitle>
            </ModalHeader>
            <ModalBody>
              <Text as="p">{I18n.getText('tablewise.privacy.purge.confirm.body')}</Text>
            </ModalBody>
            <ModalFooter>
              <Button appearance="subtle" onClick={close}>
                {I18n.getText('tablewise.privacy.purge.cancel')}
              </Button>
              <Button
                appearance="danger"
                testId="tablewise-privacy-purge-confirm"
                onClick={() => {
                  close();
                  void onPurge();
                }}
              >
                {I18n.getText('tablewise.privacy.purge.confirm.delete')}
              </Button>
            </ModalFooter>
          </Modal>
        )}
      </ModalTransition>
    </>
  );
}
