// Making a package: full or incremental (on the last accepted package), a check in the packaging worker (the
// whole-catalog validation the package will carry, and for an incremental one the changes since the base with
// their 变更说明), then the passphrase, the signature and the save. Errors block and say where; warnings must be
// confirmed; a change without a reason must get one here. The passphrase is held only until the signing request
// is sent, and the form field is cleared at once.
import { Alert, App, Button, Card, Checkbox, Collapse, Descriptions, Flex, Form, Input, Radio, Space, Spin, Steps, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint } from '../../core/crypto/keys.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { missingChangeBasis } from '../../core/package/change-basis.ts';
import type { ChangeNote } from '../../core/model/change-note.ts';
import type { PackageType } from '../../core/package/manifest.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import type { Finding } from '../../core/rules/types.ts';
import { useNavigation } from '../ui/navigation.ts';
import { describeError } from '../shared/describe-error.ts';
import { FindingItem } from '../findings/FindingItem.tsx';
import { asUiLanguage, coreLang, pickText } from '../i18n/language.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';
import { keepPackage } from '../services/package/keep-package.ts';
import type { PackageRow, StoredSigningKey } from '../services/stored-types.ts';
import { jumpTarget } from '../findings/jump-target.ts';
import type { WorkerJob } from '../services/workers/worker-job.ts';
import { storedChangeNotes } from '../services/package/change-notes-from-history.ts';
import { ChangeListTable } from './ChangeListTable.tsx';
import type { PackBaseInput, PackStage, Prepared } from '../services/package/package-job.ts';
import { incrementBase, nextCatalogVersion, packageFileName } from '../services/package/package-plan.ts';
import { startPack, startPrepare } from '../services/package/run-pack-job.ts';
import { signerPemFor } from '../services/package/signer-pem.ts';

/** Findings listed here at most; the rest are in 校验. */
const LISTED_FINDINGS = 30;

type Kind = 'full' | 'incremental';
type Stage = PackStage | 'saving';

interface Checked {
  catalog: Catalog;
  revision: number;
  prepared: Extract<Prepared, { ok: true }>;
  base: (PackBaseInput & { row: PackageRow }) | undefined;
  fromHistory: Map<string, ChangeNote>;
}

type Phase = { kind: 'idle' } | { kind: 'working'; stages: Stage[]; stage: Stage; startedAt: number } | { kind: 'checked'; checked: Checked } | { kind: 'refused'; message: string };

/** A phase of work on `stage`, timed from `startedAt` (now, when the work starts). */
function workingPhase(stages: Stage[], stage: Stage, startedAt = Date.now()): Phase {
  return { kind: 'working', stages, stage, startedAt };
}

export function MakePackageCard({ signingKey, packages, onRecorded }: { signingKey: StoredSigningKey; packages: PackageRow[]; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const session = useSession();
  const { workspace, catalog, revision } = useSessionState();
  const navigation = useNavigation();
  const platform = usePlatform();
  const { message } = App.useApp();
  const type: PackageType = workspace.kind === 'training' ? 'training' : 'submission';
  const base = incrementBase(packages, type);
  const [chosenKind, setKind] = useState<Kind>(base ? 'incremental' : 'full');
  // An incremental package needs a base: with none (any more), the package is full whatever was chosen.
  const kind: Kind = base ? chosenKind : 'full';
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [warningsSeen, setWarningsSeen] = useState(false);
  const [written, setWritten] = useState<Map<string, string>>(new Map());
  const [passphraseError, setPassphraseError] = useState<string>();
  const [form] = Form.useForm<{ passphrase: string }>();
  const job = useRef<WorkerJob<unknown>>(undefined);
  const version = nextCatalogVersion(catalog.catalogVersion, packages);
  const items = useMemo(() => catalog.resources.reduce((n, r) => n + r.items.length, 0), [catalog]);

  useEffect(() => () => job.current?.cancel(), []);

  const working = phase.kind === 'working';
  const setStage = (stages: Stage[]) => (stage: Stage) => setPhase(workingPhase(stages, stage, phase.kind === 'working' ? phase.startedAt : undefined));

  const check = async () => {
    const snapshot: Catalog = { ...catalog, catalogVersion: version };
    const baseInput = kind === 'incremental' && base ? { row: base, bytes: base.content.bytes, signerPem: await signerPemFor(base, signingKey) } : undefined;
    const stages: Stage[] = baseInput ? ['validating', 'comparing'] : ['validating'];
    setPhase(workingPhase(stages, 'validating'));
    setWarningsSeen(false);
    setWritten(new Map());
    const started = startPrepare({ kind: 'prepare', catalog: snapshot, type, at: new Date().toISOString(), ...(baseInput && { base: { bytes: baseInput.bytes, signerPem: baseInput.signerPem } }) }, setStage(stages));
    job.current = started;
    const outcome = await started.result;
    job.current = undefined;
    if (!outcome.ok) {
      setPhase('cancelled' in outcome ? { kind: 'idle' } : { kind: 'refused', message: t('package.sign.crashed', { message: outcome.crashed }) });
      return;
    }
    const prepared = outcome.result;
    if (!prepared.ok) {
      setPhase({ kind: 'refused', message: t('package.sign.refused', { message: pickText(prepared.refusal.text, language) }) });
      return;
    }
    let fromHistory = new Map<string, ChangeNote>();
    if (prepared.changes && baseInput) {
      fromHistory = (await storedChangeNotes(session.ctx, session.id, prepared.changes, baseInput.row.savedAt)).notes;
    }
    setPhase({ kind: 'checked', checked: { catalog: snapshot, revision, prepared, base: baseInput, fromHistory } });
  };

  const sign = async ({ passphrase }: { passphrase: string }, checked: Checked) => {
    form.resetFields(); // the passphrase leaves the form at once; it travels only in the signing request
    setPassphraseError(undefined);
    const notes = new Map(checked.fromHistory);
    for (const [code, reason] of written) if (reason.trim() && !notes.has(code)) notes.set(code, { reason: reason.trim(), basis: [] });
    const stages: Stage[] = ['unlocking', 'exporting', 'signing', 'checking', 'saving'];
    setPhase(workingPhase(stages, 'unlocking'));
    const createdAt = new Date().toISOString();
    const started = startPack(
      {
        kind: 'pack',
        catalog: checked.catalog,
        report: checked.prepared.report,
        type,
        notes,
        keystore: signingKey.keystore,
        passphrase,
        createdAt,
        ...(checked.base && { base: { bytes: checked.base.bytes, signerPem: checked.base.signerPem } }),
      },
      setStage(stages),
    );
    job.current = started;
    const outcome = await started.result;
    job.current = undefined;
    const back = () => setPhase({ kind: 'checked', checked });
    if (!outcome.ok) {
      if ('cancelled' in outcome) back();
      else setPhase({ kind: 'refused', message: t('package.sign.crashed', { message: outcome.crashed }) });
      return;
    }
    const packed = outcome.result;
    if (!packed.ok) {
      back();
      if (packed.refusal.reason === 'wrongPassphrase') setPassphraseError(pickText(packed.refusal.text, language));
      else setPassphraseError(t('package.sign.refused', { message: pickText(packed.refusal.text, language) }));
      return;
    }
    setPhase(workingPhase(stages, 'saving'));
    try {
      const fileName = packageFileName(workspace.department.name, packed.manifest.catalogVersion, createdAt, type);
      const saved = await platform.saveFile(fileName, packed.bytes);
      if (!saved) {
        void message.info(t('package.sign.cancelledSave'));
        back();
        return;
      }
      await keepPackage(session, packed, saved.name, checked.catalog);
      void message.success({ content: `${t('package.sign.saved', { name: saved.name })} ${t(type === 'training' ? 'package.sign.savedDetailTraining' : 'package.sign.savedDetail', { version: packed.manifest.catalogVersion })}`, duration: 6 });
      setPhase({ kind: 'idle' });
      onRecorded();
    } catch (e) {
      setPhase({ kind: 'refused', message: t('package.sign.refused', { message: describeError(e, coreLang(language)) }) });
    }
  };

  return (
    <Card title={t('package.make.title')} className="make-package">
      <Flex vertical gap="middle">
        <Descriptions size="small" column={4} bordered>
          <Descriptions.Item label={t('package.make.version')}>v{version}</Descriptions.Item>
          <Descriptions.Item label={t('package.make.resources')}>{t('common.number', { value: catalog.resources.length })}</Descriptions.Item>
          <Descriptions.Item label={t('package.make.items')}>{t('common.number', { value: items })}</Descriptions.Item>
          <Descriptions.Item label={t('package.make.base')}>{kind === 'incremental' && base ? `v${base.manifest.catalogVersion}` : '—'}</Descriptions.Item>
        </Descriptions>
        <Flex gap="middle" align="center" wrap>
          <Typography.Text>{t('package.make.kind')}</Typography.Text>
          <Radio.Group
            value={kind}
            disabled={working}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              setPhase({ kind: 'idle' });
            }}
            optionType="button"
            options={[
              { value: 'full', label: t('package.make.full') },
              { value: 'incremental', label: t('package.make.incremental'), disabled: !base },
            ]}
          />
          <Typography.Text type="secondary">
            {kind === 'incremental' && base ? t('package.make.incrementalHelp', { version: base.manifest.catalogVersion }) : base ? t('package.make.fullHelp') : t('package.make.noBase')}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary">{t('package.make.checkHint')}</Typography.Text>
        <Space>
          <Button type={phase.kind === 'checked' ? 'default' : 'primary'} onClick={() => void check()} disabled={working}>
            {phase.kind === 'checked' ? t('package.make.recheck') : t('package.make.check')}
          </Button>
          {working && <Button onClick={() => job.current?.cancel()}>{t('package.make.cancel')}</Button>}
        </Space>
        {phase.kind === 'working' && <StageProgress stages={phase.stages} stage={phase.stage} startedAt={phase.startedAt} />}
        {phase.kind === 'refused' && <Alert type="error" showIcon title={phase.message} />}
        {phase.kind === 'checked' && (
          <CheckedPanel
            checked={phase.checked}
            stale={phase.checked.revision !== revision}
            warningsSeen={warningsSeen}
            onWarningsSeen={setWarningsSeen}
            written={written}
            onWrite={(code, reason) => setWritten((w) => new Map(w).set(code, reason))}
            locate={(finding) => {
              const target = jumpTarget(finding, phase.checked.catalog);
              if (!target) return undefined;
              if (target.kind === 'department') return () => navigation.goTo('home');
              return () => navigation.openResource({ resourceId: target.resourceId, ...(target.path ? { path: target.path } : {}) });
            }}
            goValidate={() => navigation.goTo('validate')}
            signForm={(ready) => (
              <Card type="inner" title={t('package.sign.title')}>
                <Form form={form} layout="inline" onFinish={(values) => void sign(values, phase.checked)} disabled={!ready}>
                  <Form.Item name="passphrase" label={t('package.sign.passphrase')} rules={[{ required: true, message: t('package.sign.passphraseRequired') }]} validateStatus={passphraseError ? 'error' : undefined}>
                    <Input.Password autoComplete="off" className="pack-passphrase" />
                  </Form.Item>
                  <Form.Item>
                    <Button type="primary" htmlType="submit">
                      {t('package.sign.submit')}
                    </Button>
                  </Form.Item>
                </Form>
                {passphraseError && <Alert type="error" showIcon title={passphraseError} className="pack-passphrase-error" role="alert" />}
                <Typography.Paragraph type="secondary" className="pack-passphrase-help">
                  {t('package.sign.passphraseHelp')} {t('keys.current.fingerprint')}
                  {t('common.colon')}
                  <span className="registration-mono">{formatFingerprint(signingKey.keyId).split(' ').slice(0, 4).join(' ')} …</span>
                </Typography.Paragraph>
              </Card>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}

function StageProgress({ stages, stage, startedAt }: { stages: Stage[]; stage: Stage; startedAt: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <Flex vertical gap="small" className="pack-progress" role="status">
      <Steps size="small" current={stages.indexOf(stage)} items={stages.map((s) => ({ title: t(`package.stage.${s}`) }))} />
      <Space>
        <Spin size="small" />
        <Typography.Text>{t(`package.stage.${stage}`)}</Typography.Text>
        <Typography.Text type="secondary">{t('package.stage.elapsed', { seconds: Math.max(0, Math.round((now - startedAt) / 1000)) })}</Typography.Text>
      </Space>
    </Flex>
  );
}

function CheckedPanel({
  checked,
  stale,
  warningsSeen,
  onWarningsSeen,
  written,
  onWrite,
  locate,
  goValidate,
  signForm,
}: {
  checked: Checked;
  stale: boolean;
  warningsSeen: boolean;
  onWarningsSeen: (seen: boolean) => void;
  written: ReadonlyMap<string, string>;
  onWrite: (code: string, reason: string) => void;
  locate: (finding: Finding) => (() => void) | undefined;
  goValidate: () => void;
  signForm: (ready: boolean) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { workspace } = useSessionState();
  const { report, changes } = checked.prepared;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const missing = (changes ?? []).filter((c) => !checked.fromHistory.has(c.code) && !(written.get(c.code) ?? '').trim());
  // The 变更依据 (Anhui Art. 15): a reason written here has none; the profile says whether that blocks signing.
  const withoutBasis = missingChangeBasis(
    loadProfile(workspace.profileId),
    (changes ?? []).map((c) => ({ code: c.code, basis: checked.fromHistory.get(c.code)?.basis ?? [] })),
  );
  const basisBlocks = withoutBasis?.severity === 'error';
  const ready = !stale && errors.length === 0 && (warnings.length === 0 || warningsSeen) && missing.length === 0 && !basisBlocks && (changes === null || changes.length > 0);
  return (
    <Flex vertical gap="middle">
      {stale && <Alert type="warning" showIcon title={t('package.make.stale')} />}
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="pack-errors"
          title={t('package.errors.title', { count: errors.length })}
          description={
            <Flex vertical gap="small">
              <Typography.Text>{t('package.errors.hint')}</Typography.Text>
              <FindingList findings={errors} locate={locate} />
              <Space>
                {errors.length > LISTED_FINDINGS && <Typography.Text type="secondary">{t('package.errors.more', { count: errors.length - LISTED_FINDINGS })}</Typography.Text>}
                <Button size="small" onClick={goValidate}>
                  {t('package.errors.goValidate')}
                </Button>
              </Space>
            </Flex>
          }
        />
      )}
      {errors.length === 0 && warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="pack-warnings"
          title={t('package.warnings.title', { count: warnings.length })}
          description={
            <Flex vertical gap="small">
              <Typography.Text>{t('package.warnings.hint')}</Typography.Text>
              <Collapse size="small" items={[{ key: 'w', label: t('package.warnings.show'), children: <FindingList findings={warnings} locate={locate} /> }]} />
              <Checkbox checked={warningsSeen} onChange={(e) => onWarningsSeen(e.target.checked)}>
                {t('package.warnings.confirm')}
              </Checkbox>
            </Flex>
          }
        />
      )}
      {errors.length === 0 && warnings.length === 0 && <Alert type="success" showIcon title={t('package.clean')} />}
      {changes && checked.base && (
        <Flex vertical gap="small">
          <Typography.Title level={5}>{t('package.changes.title', { version: checked.prepared.baseVersion, count: changes.length })}</Typography.Title>
          {changes.length === 0 && <Alert type="info" showIcon title={t('package.changes.none')} />}
          {missing.length > 0 && <Alert type="warning" showIcon title={t('package.changes.missingTitle', { count: missing.length })} description={t('package.changes.missingHint')} />}
          {withoutBasis && (
            <Alert
              type={basisBlocks ? 'error' : 'warning'}
              showIcon
              className="pack-missing-basis"
              title={t('package.changes.missingBasisTitle', { count: withoutBasis.codes.length })}
              description={`${pickText(withoutBasis.text, asUiLanguage(i18n.language))} ${t('package.changes.missingBasisHint')}`}
            />
          )}
          {changes.length > 0 && <ChangeListTable changes={changes} fromHistory={checked.fromHistory} written={written} onWrite={onWrite} withoutBasis={new Set(withoutBasis?.codes)} />}
        </Flex>
      )}
      {errors.length === 0 && signForm(ready)}
    </Flex>
  );
}

function FindingList({ findings, locate }: { findings: readonly Finding[]; locate: (finding: Finding) => (() => void) | undefined }) {
  return (
    <Flex vertical gap="small" className="pack-finding-list">
      {findings.slice(0, LISTED_FINDINGS).map((f, i) => {
        const onLocate = locate(f);
        return <FindingItem key={`${f.ruleId}|${f.path}|${i}`} finding={f} showResource {...(onLocate && { onLocate })} />;
      })}
    </Flex>
  );
}
