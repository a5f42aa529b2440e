// Setting up a workspace, at first run or from the header's 新建工作区: the kind (部门编制 or 县级汇总), the department
// or county authority (name, 统一社会信用代码, county or township), jurisdiction profile, operator. Each step's
// problems show once the clerk asks to go on, and then follow the fields as they are corrected.
import { Alert, Button, Card, Flex, Form, Input, Radio, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { describeError } from '../shared/describe-error.ts';
import type { SetupKind, WorkspaceSetupTarget } from '../services/session/workspace-setup.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { DivisionField } from './DivisionField.tsx';
import { ProfileField } from './ProfileField.tsx';
import { DEPARTMENT_NUMBER_WIDTH, EMPTY_DRAFT, hasErrors, SETUP_STEPS, stepErrors, toWorkspaceSetup, withDivision, type SetupDraft, type SetupError, type SetupStep } from './setup-draft.ts';
import { SetupSummary } from './SetupSummary.tsx';
import { UsccField } from './UsccField.tsx';

/** First run (the app has no workspace yet) or a further workspace beside the ones there are. */
export type WizardPurpose = 'firstRun' | 'new';

interface Props {
  target: WorkspaceSetupTarget;
  purpose: WizardPurpose;
  onDone(workspaceId: number): void;
  /** Offered as 取消 when given (a new workspace may be abandoned; the first one may not). */
  onCancel?(): void;
}

/** The first-run page: the wizard alone, centred. */
export function FirstRunWizard({ target, onDone }: Pick<Props, 'target' | 'onDone'>) {
  return (
    <Flex justify="center" className="wizard-page">
      <WorkspaceWizard target={target} purpose="firstRun" onDone={onDone} />
    </Flex>
  );
}

export function WorkspaceWizard({ target, purpose, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<SetupDraft>(EMPTY_DRAFT);
  const [stepIndex, setStepIndex] = useState(0);
  const [attempted, setAttempted] = useState<ReadonlySet<SetupStep>>(new Set());
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();

  const step = SETUP_STEPS[stepIndex] ?? 'department';
  const finished = attempted.has(step);
  const errors = finished ? stepErrors(step, draft) : {};
  // USCC problems are shown by its own field, live; the others are plain texts.
  const errorText = (error: SetupError | undefined) => (error?.kind === 'text' ? t(`wizard.errors.${error.key}`) : undefined);
  const set = (field: Exclude<keyof SetupDraft, 'kind'>) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const county = draft.kind === 'county';

  const goOn = async () => {
    if (hasErrors(stepErrors(step, draft))) {
      setAttempted((steps) => new Set(steps).add(step));
      return;
    }
    if (stepIndex < SETUP_STEPS.length - 1) {
      setStepIndex(stepIndex + 1);
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    let id: number;
    try {
      id = await target.createWorkspace(toWorkspaceSetup(draft));
    } catch (error) {
      setSaveError(error);
      setSaving(false);
      return;
    }
    onDone(id);
  };

  return (
    <Card
      className="wizard-card"
      title={
        <Flex justify="space-between" align="center">
          <span>{t(`wizard.title.${purpose}.${draft.kind}`)}</span>
          <LanguageSwitch />
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t(`wizard.intro.${draft.kind}`)}</Typography.Paragraph>
      <Steps
        className="wizard-steps"
        size="small"
        current={stepIndex}
        items={SETUP_STEPS.map((id) => ({ key: id, title: t(`wizard.steps.${id}`) }))}
      />
      <Form layout="vertical" component="div">
        {step === 'department' && (
          <>
            <Form.Item label={t('wizard.kind')} help={t(`wizard.kindHelp.${draft.kind}`)}>
              <Radio.Group
                optionType="button"
                value={draft.kind}
                onChange={(event) => setDraft((current) => ({ ...current, kind: event.target.value as SetupKind }))}
                options={(['department', 'county'] as const).map((kind) => ({ value: kind, label: t(`wizard.kinds.${kind}`) }))}
              />
            </Form.Item>
            <Form.Item
              label={t(county ? 'wizard.authorityName' : 'wizard.departmentName')}
              htmlFor="setup-department-name"
              required
              validateStatus={errors.departmentName ? 'error' : undefined}
              help={errorText(errors.departmentName)}
            >
              <Input
                id="setup-department-name"
                autoFocus
                value={draft.departmentName}
                placeholder={t(county ? 'wizard.authorityNamePlaceholder' : 'wizard.departmentNamePlaceholder')}
                onChange={(event) => set('departmentName')(event.target.value)}
              />
            </Form.Item>
            <UsccField value={draft.uscc} onChange={set('uscc')} finished={finished} />
            <DivisionField value={draft.divisionCode} onChange={(code) => setDraft((current) => withDivision(current, code))} error={errorText(errors.divisionCode)} {...(county && { label: t('wizard.countyDivision') })} />
            {!county && (
              <Form.Item
                label={t('wizard.departmentNumber')}
                htmlFor="setup-department-number"
                validateStatus={errors.departmentNumber ? 'error' : undefined}
                help={errorText(errors.departmentNumber) ?? t('wizard.departmentNumberHelp')}
              >
                <Input
                  id="setup-department-number"
                  inputMode="numeric"
                  maxLength={DEPARTMENT_NUMBER_WIDTH}
                  value={draft.departmentNumber}
                  placeholder={t('wizard.departmentNumberPlaceholder')}
                  onChange={(event) => set('departmentNumber')(event.target.value)}
                />
              </Form.Item>
            )}
          </>
        )}
        {step === 'profile' && <ProfileField value={draft.profileId} onChange={set('profileId')} error={errorText(errors.profileId)} divisionCode={draft.divisionCode} />}
        {step === 'operator' && (
          <>
            <Form.Item
              label={t('wizard.operatorName')}
              htmlFor="setup-operator-name"
              required
              validateStatus={errors.operatorName ? 'error' : undefined}
              help={errorText(errors.operatorName) ?? t('wizard.operatorHelp')}
            >
              <Input
                id="setup-operator-name"
                autoFocus
                value={draft.operatorName}
                placeholder={t('wizard.operatorNamePlaceholder')}
                onChange={(event) => set('operatorName')(event.target.value)}
              />
            </Form.Item>
            <SetupSummary draft={draft} />
          </>
        )}
      </Form>
      {saveError !== undefined && (
        <Alert
          className="wizard-save-error"
          type="error"
          showIcon
          title={t('wizard.saveFailed', { message: describeError(saveError, coreLang(asUiLanguage(i18n.language))) })}
        />
      )}
      <Flex justify="flex-end" gap="small" className="wizard-actions">
        {onCancel && (
          <Button disabled={saving} onClick={onCancel}>
            {t('wizard.cancel')}
          </Button>
        )}
        {stepIndex > 0 && (
          <Button disabled={saving} onClick={() => setStepIndex(stepIndex - 1)}>
            {t('wizard.back')}
          </Button>
        )}
        <Button type="primary" loading={saving} onClick={() => void goOn()}>
          {stepIndex < SETUP_STEPS.length - 1 ? t('wizard.next') : saving ? t('wizard.saving') : t('wizard.finish')}
        </Button>
      </Flex>
    </Card>
  );
}
