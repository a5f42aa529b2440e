// 公共数据资源登记表 in 打包上报: the resources in the scope of 授权运营 must be registered (公共数据资源登记管理
// 暂行办法 Art. 5). The card says how many there are, downloads the form as a workbook through the platform, and
// prints the paper form shown under it (the columns registration-form.json marks for print).
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadProfile } from '../../core/profiles/profile.ts';
import { registrationForm } from '../../core/registration/registration-form.ts';
import { usePlatform } from '../hooks/use-platform.ts';
import { useSessionState } from '../hooks/use-session.ts';
import { registrationFormBytes, registrationFormFileName } from '../services/package/registration-form-file.ts';

export function RegistrationFormCard() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { workspace, catalog } = useSessionState();
  const form = useMemo(() => registrationForm(catalog, { profile: loadProfile(workspace.profileId) }), [catalog, workspace.profileId]);
  const columns = form.columns.filter((c) => c.print);
  const count = form.rows.length;

  const download = () => void platform.saveFile(registrationFormFileName(workspace.department.name), registrationFormBytes(catalog, workspace.profileId));

  return (
    <Card title={t('package.registration.title')} data-testid="registration-form-card">
      <Flex vertical gap="small">
        <Typography.Text>{count ? t('package.registration.count', { count }) : t('package.registration.none')}</Typography.Text>
        <Flex gap="small">
          <Button icon={<DownloadOutlined />} onClick={download}>
            {t('package.registration.download')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()} disabled={count === 0}>
            {t('package.registration.print')}
          </Button>
        </Flex>
        {count > 0 && (
          <div className="registration-form-print" data-testid="registration-form-print">
            <h3>{form.title.zh}</h3>
            <p className="registration-form-basis">{form.basis.zh}</p>
            <table>
              <thead>
                <tr>
                  {columns.map((c) => (
                    <th key={c.key}>{c.header.zh}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {form.rows.map((row) => (
                  <tr key={row.resourceIndex}>
                    {columns.map((c) => (
                      <td key={c.key}>{row.values[c.key] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Flex>
    </Card>
  );
}
