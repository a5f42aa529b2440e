// The printable 公钥登记表: who the key belongs to, the key (algorithm, key id, fingerprint in groups to compare by
// eye, PEM), and ruled space for the signatures and the seal. The same facts as the text form that core writes
// for `mulu pubkey --form registration`, which is what the download offers.
import { useTranslation } from 'react-i18next';
import type { SignatureAlgorithm } from '../../core/crypto/algorithms.ts';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import type { Department } from '../../core/model/catalog.ts';
import { DivisionName } from '../ui/DivisionName.tsx';
import { beijingDateTime } from '../../core/time/beijing-time.ts';

export interface SheetKey {
  algorithm: SignatureAlgorithm;
  keyId: string;
  created: string;
  publicKeyPem: string;
}

export function RegistrationSheet({ department, sheetKey, today }: { department: Department; sheetKey: SheetKey; today: Date }) {
  const { t } = useTranslation();
  const groups = formatFingerprint(sheetKey.keyId).split(' ');
  return (
    <div className="registration-sheet" data-testid="registration-sheet">
      <h2>{t('keys.form.title')}</h2>
      <h3>{t('keys.form.unit')}</h3>
      <table>
        <tbody>
          <tr>
            <th>{t('keys.form.department')}</th>
            <td>{department.name}</td>
          </tr>
          <tr>
            <th>{t('keys.form.uscc')}</th>
            <td className="registration-mono">{department.uscc}</td>
          </tr>
          <tr>
            <th>{t('keys.form.division')}</th>
            <td>
              <DivisionName code={department.divisionCode} />
            </td>
          </tr>
        </tbody>
      </table>
      <h3>{t('keys.form.key')}</h3>
      <table>
        <tbody>
          <tr>
            <th>{t('keys.form.algorithm')}</th>
            <td>{t(`keys.algorithmName.${sheetKey.algorithm}`)}</td>
          </tr>
          <tr>
            <th>{t('keys.form.created')}</th>
            <td>{beijingDateTime(sheetKey.created)}</td>
          </tr>
          <tr>
            <th>{t('keys.form.keyId')}</th>
            <td className="registration-mono">{sheetKey.keyId}</td>
          </tr>
          <tr>
            <th>{t('keys.form.fingerprint')}</th>
            <td className="registration-mono registration-fingerprint" data-testid="registration-fingerprint">
              {groups.slice(0, 8).join(' ')}
              <br />
              {groups.slice(8).join(' ')}
            </td>
          </tr>
          <tr>
            <th>{t('keys.form.pem')}</th>
            <td>
              <pre className="registration-mono registration-pem">{sheetKey.publicKeyPem.trimEnd()}</pre>
            </td>
          </tr>
        </tbody>
      </table>
      <h3>{t('keys.form.confirm')}</h3>
      <table className="registration-sign">
        <tbody>
          <tr>
            <td colSpan={2}>{t('keys.form.statement')}</td>
          </tr>
          <tr>
            <td>{t('keys.form.operator')}</td>
            <td>{t('keys.form.phone')}</td>
          </tr>
          <tr>
            <td colSpan={2}>{t('keys.form.head')}</td>
          </tr>
          <tr>
            <td colSpan={2} className="registration-seal">
              {t('keys.form.seal')}
            </td>
          </tr>
          <tr>
            <td colSpan={2}>{t('keys.form.date')}</td>
          </tr>
        </tbody>
      </table>
      <div className="registration-footer">{t('keys.form.printedAt', { date: beijingDateTime(today.toISOString()) })}</div>
    </div>
  );
}
