import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { I18n } from '@atlassian/wrm-react-i18n';
import { formatCount } from './format';

interface Props {
  queued: number;
  isDisabled: boolean;
  onPurge: () => Promise<void>;
}

/** Deletes every recorded event, after a confirmation naming how many. */
export function PurgeButton({ queued, isDisabled, onPurge }: Props) {
  const [confirming, setConfirming] = useState(false);
  const close = () => setConfirming(false);
  return (
    <>
      <Button isDisabled={isDisabled} onClick={() => setConfirming(true)} testId="tablewise-analytics-purge">
        {I18n.getText('tablewise.analytics.purge.button')}
      </Button>
      <ModalTransition>
        {confirming && (
          <Modal onClose={close} width="small" testId="tablewise-analytics-purge-dialog">
            <ModalHeader>
              <ModalTitle appearance="danger">{I18n.getText('tablewise.analytics.purge.confirm.title')}</ModalTitle>
            </ModalHeader>
            <ModalBody>{I18n.getText('tablewise.analytics.purge.confirm.body', formatCount(queued))}</ModalBody>
            <ModalFooter>
              <Button appearance="subtle" onClick={close}>
                {I18n.getText('tablewise.analytics.purge.cancel')}
              </Button>
              <Button
                appearance="danger"
                testId="tablewise-analytics-purge-confirm"
                onClick={() => {
                  close();
                  void onPurge();
                }}
              >
                {I18n.getText('tablewise.analytics.purge.confirm.delete')}
              </Button>
            </ModalFooter>
          </Modal>
        )}
      </ModalTransition>
    </>
  );
}
