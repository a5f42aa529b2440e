// 部门编号 on 首页: shown, and editable in place, because a department often learns its number from the county authority
// after setting up (or set up with an earlier Mulu that did not ask); every resource code carries it (R32).
import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentCodeProblem } from '../../core/codes/code-scheme.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { describeError } from '../shared/describe-error.ts';
import { asUiLanguage, coreLang } from '../i18n/language.ts';
import { useSession, useSessionState } from '../hooks/use-session.ts';

export function DepartmentNumberEdit() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const { workspace } = useSessionState();
  const { department } = workspace;
  const scheme = loadProfile(workspace.profileId).codeScheme;
  const width = scheme.departmentNumberWidth;

  const change = async (text: string) => {
    const number = text.trim();
    if (number === (department.number ?? '')) return;
    if (number && departmentCodeProblem({ divisionCode: department.divisionCode, number }, scheme)?.kind === 'number') {
      void message.error(t('home.departmentNumberInvalid', { width, value: number }));
      return;
    }
    try {
      await session.setDepartmentNumber(number || undefined);
      void message.success(number ? t('home.departmentNumberSaved', { number }) : t('home.departmentNumberCleared'));
    } catch (error) {
      void message.error(describeError(error, coreLang(asUiLanguage(i18n.language))));
    }
  };

  return (
    <Typography.Text
      data-testid="department-number"
      editable={{ onChange: (text) => void change(text), tooltip: t('home.departmentNumberEdit'), text: department.number ?? '', maxLength: 12 }}
    >
      {department.number || t('home.departmentNumberNone')}
    </Typography.Text>
  );
}
