// Entering a unit's public key from its registration form: pick the .pem file, read the fingerprint aloud with the
// unit by phone, give the validity dates, then enter it (or replace the unit's current key). Core checks the key,
// the dates and that no other unit holds it; a refusal is shown and nothing is stored.
import { Alert, App, Button, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterKey } from '../../core/county/roster-trust.ts';
import { decodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { decodeUtf8Lossy } from '../../core/zip/utf8.ts';
import { useCountyActions } from '../hooks/use-county.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import type { RosterRow } from '../services/stored-types.ts';

const KEY_FILE = [{ name: '公钥', extensions: ['pem', 'txt'] }];

interface PickedKey {
  file: string;
  pem: string;
  algorithm: string;
  fingerprint: string;
}

export function KeyDialog({ row, replaces, onClose }: { row: RosterRow; replaces?: RosterKey; onClose(added: boolean): void }) {
  const { t, i18n } = useTranslation();
  const lang = coreLang(asUiLanguage(i18n.language));
  const { message } = App.useApp();
  const platform = usePlatform();
  const actions = useCountyActions();
  const [key, setKey] = useState<PickedKey>();
  const [validFrom, setValidFrom] = useState(() => beijingDate(new Date()));
  const [validUntil, setValidUntil] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<LocalText[]>([]);
  const [saving, setSaving] = useState(false);

  const pick = async () => {
    const picked = await platform.pickFile(KEY_FILE);
    if (!picked) return;
    const pem = decodeUtf8Lossy(picked.bytes);
    const decoded = decodePublicKeyPem(pem);
    if (!decoded.ok) {
      setKey(undefined);
      setProblems([{ zh: t('county.key.unreadable', { message: decoded.message.zh }), en: t('county.key.unreadable', { message: decoded.message.en }) }]);
      return;
    }
    setProblems([]);
    setKey({ file: picked.name, pem, algorithm: decoded.algorithm, fingerprint: formatFingerprint(await keyIdOf(decoded.algorithm, decoded.publicKey)) });
  };

  const save = async () => {
    if (!key) return;
    setSaving(true);
    try {
      const result = await actions.addKey({ uscc: row.uscc, publicKeyPem: key.pem, validFrom: validFrom.trim(), ...(validUntil.trim() && { validUntil: validUntil.trim() }), ...(note.trim() && { note: note.trim() }), ...(replaces && { replaces: replaces.keyId }) });
      if (!result.ok) {
        setProblems(result.messages);
        return;
      }
      void message.success(t('county.key.added', { fingerprint: key.fingerprint }));
      onClose(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={t(replaces ? 'county.key.replaceTitle' : 'county.key.title', { name: row.unit.name })}
      onCancel={() => onClose(false)}
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={() => onClose(false)}>{t('county.key.cancel')}</Button>
          <Button type="primary" disabled={!key} loading={saving} onClick={() => void save()}>
            {t('county.key.save')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        <Button onClick={() => void pick()}>{t('county.key.pick')}</Button>
        {key && (
          <>
            <Descriptions
              size="small"
              column={1}
              bordered
              styles={{ label: { width: 90, whiteSpace: 'nowrap' } }}
              items={[
                { key: 'file', label: t('county.inbox.columns.file'), children: key.file },
                { key: 'algorithm', label: t('county.key.algorithm'), children: key.algorithm },
                { key: 'fingerprint', label: t('county.key.fingerprint'), children: <Typography.Text code className="county-fingerprint-large">{key.fingerprint}</Typography.Text> },
              ]}
            />
            <Alert type="info" showIcon title={t('county.key.compare')} />
          </>
        )}
        <Form layout="inline" component="div">
          <Form.Item label={t('county.key.validFrom')} htmlFor="county-key-from">
            <Input id="county-key-from" value={validFrom} placeholder={t('county.key.datePlaceholder')} onChange={(e) => setValidFrom(e.target.value)} />
          </Form.Item>
          <Form.Item label={t('county.key.validUntil')} htmlFor="county-key-until">
            <Input id="county-key-until" value={validUntil} placeholder={t('county.key.datePlaceholder')} onChange={(e) => setValidUntil(e.target.value)} />
          </Form.Item>
        </Form>
        <Input placeholder={t('county.key.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={
              <ul className="county-problems">
                {problems.map((p, i) => (
                  <li key={i}>{p[lang]}</li>
                ))}
              </ul>
            }
          />
        )}
      </Flex>
    </Modal>
  );
}
