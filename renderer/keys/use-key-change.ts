// Submitting a key form (create, replace, change passphrase): ask about a short passphrase, then change the key
// (services/keys/change-signing-key.ts) while the form shows a spinner. What went wrong is kept for the form to show.
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { useSession } from '../hooks/use-session.ts';
import { changeSigningKey } from '../services/keys/change-signing-key.ts';
import type { KeystoreJobRequest } from '../services/keys/keystore-job.ts';
import type { KeyChange } from '../services/stored-types.ts';
import { confirmShortPassphrase } from './PassphraseFields.tsx';

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
      const outcome = await changeSigningKey(session, change, request());
      if (outcome.ok) return true;
      if ('crashed' in outcome) {
        setError(t('keys.failed.crashed', { message: outcome.crashed }));
        return false;
      }
      setError(pickText(outcome.refused, language));
      onRefused?.();
      return false;
    } catch (e) {
      setError(t('keys.failed.store', { message: describeError(e, coreLang(language)) }));
      return false;
    } finally {
      setWorking(false);
    }
  };

  return { working, error, submit };
}
