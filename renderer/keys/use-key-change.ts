// Submitting a key form (create, replace, change passphrase): ask about a short passphrase, run the key job in its
// worker while the form shows a spinner, and store the sealed keystore with its audit entry only when the job
// succeeded, so a refusal or a fault leaves the stored key as it was. What went wrong is kept for the form to show.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { useSession } from '../hooks/use-session.ts';
import { storeSigningKey, type KeyChange } from '../services/storage/keystore-store.ts';
import type { KeystoreJobRequest } from '../services/keys/keystore-job.ts';
import { confirmShortPassphrase } from './PassphraseFields.tsx';
import { runKeystoreJobInWorker } from '../services/keys/run-keystore-job.ts';

export function useKeyChange(change: KeyChange) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { modal } = App.useApp();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();

  /**
   * True once the new keystore is stored; false if the clerk went back or it failed (`error` says why).
   * `request` is made only after the clerk confirmed; `onRefused` runs when core refused it (a wrong passphrase).
   */
  const submit = async (passphrase: string, request: () => KeystoreJobRequest, onRefused?: () => void): Promise<boolean> => {
    if (!(await confirmShortPassphrase(modal, t, passphrase))) return false;
    setWorking(true);
    setError(undefined);
    try {
      const outcome = await runKeystoreJobInWorker(request());
      if (!outcome.ok) {
        setError(t('keys.failed.crashed', { message: 'crashed' in outcome ? outcome.crashed : '' }));
        return false;
      }
      if (!outcome.result.ok) {
        setError(pickText(outcome.result.error.message, language));
        onRefused?.();
        return false;
      }
      await storeSigningKey(session.ctx, session.id, outcome.result.keystore, change, session.getState().workspace.operatorName);
      return true;
    } catch (e) {
      setError(t('keys.failed.store', { message: describeError(e, coreLang(language)) }));
      return false;
    } finally {
      setWorking(false);
    }
  };

  return { working, error, submit };
}
