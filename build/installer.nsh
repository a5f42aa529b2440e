; Included by electron-builder's NSIS installer (electron-builder.yml nsis.include). Electron 45 runs only on 64-bit
; Windows 10 or later: on Windows 7/8 or a 32-bit system the installer stops before copying anything and says what to
; do instead, rather than installing a program that crashes at start. Saved as UTF-8 with a BOM so NSIS reads the
; Chinese text as Unicode.
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh

!define MULU_PLATFORM_FLOOR_TEXT "目录 Mulu 需要 64 位的 Windows 10 或更高版本，本机不满足，安装已停止，未做任何更改。$\r$\n$\r$\n这台电脑可以改用 Mulu 网页版：请单位信息管理员按 Mulu 说明中的“网页版”部署，再用浏览器打开。$\r$\n$\r$\nMulu needs 64-bit Windows 10 or later. Nothing was installed. Ask your IT office to set up the Mulu web build on this PC instead."

!macro customInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "${MULU_PLATFORM_FLOOR_TEXT}" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
!macroend
