// 统一社会信用代码 with live feedback: what is wrong appears as the clerk types (never mid-IME-composition); a code
// still too short is only progress while the clerk is typing in the field, and an error once they have left it.
import { Form, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeUscc } from '../../core/codes/uscc.ts';
import { useCompositionGuard } from '../ui/composition-guard.ts';
import { asUiLanguage } from '../i18n/language.ts';
import { usccFeedback, usccFeedbackText } from './uscc-feedback.ts';

interface Props {
  value: string;
  onChange(value: string): void;
  /** The clerk asked to go on: an empty or short code is an error now, unless they are typing in the field. */
  finished: boolean;
}

export function UsccField({ value, onChange, finished }: Props) {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const [checked, setChecked] = useState(value);
  const [focused, setFocused] = useState(false);
  const [left, setLeft] = useState(false);
  const guard = useCompositionGuard(onChange, setChecked);
  const feedback = usccFeedback(checked, !focused && (left || finished));

  let status: 'error' | 'warning' | 'success' | undefined;
  let help: ReactNode;
  switch (feedback.state) {
    case 'empty':
      if (finished && !focused) [status, help] = ['error', t('wizard.errors.usccRequired')];
      break;
    case 'typing':
      help = t('wizard.usccTyped', { count: feedback.typed });
      break;
    case 'error':
    case 'warning': {
      const { message, hint } = usccFeedbackText(feedback, t('wizard.uscc'), language);
      status = feedback.state;
      help = (
        <>
          <div>{message}</div>
          <div className="field-hint">{hint}</div>
        </>
      );
      break;
    }
    case 'valid':
      [status, help] = ['success', t('wizard.usccValid')];
      break;
  }

  return (
    <Form.Item label={t('wizard.uscc')} htmlFor="setup-uscc" required hasFeedback validateStatus={status} help={help}>
      <Input
        id="setup-uscc"
        value={value}
        placeholder={t('wizard.usccPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        {...guard}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          setLeft(true);
          onChange(normalizeUscc(value));
        }}
      />
    </Form.Item>
  );
}
