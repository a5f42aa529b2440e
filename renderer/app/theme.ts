// antd theme: system CJK fonts only (the app is offline: no web fonts), light header and side bar.
import type { ThemeConfig } from 'antd';

/** Noto Sans CJK SC on UOS/Kylin/Debian, Microsoft YaHei on Windows, PingFang SC on macOS. */
export const FONT_STACK = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

export const APP_THEME: ThemeConfig = {
  token: { fontFamily: FONT_STACK },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 24px', bodyBg: '#f5f6f8' },
  },
};
