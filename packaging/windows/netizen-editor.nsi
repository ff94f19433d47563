; NSIS installer for the Windows one-folder bundle (built by packaging/windows_wine.sh, or on
; Windows with `makensis /DSRCDIR=dist\netizen-editor /DVERSION=0.1.0 /DOUTFILE=... this.nsi`).
; Per-machine install under Program Files; silent with /S (and /D=folder as the last argument).
; A 64-bit installer: the app is 64-bit, and Wine's 64-bit-only build (Debian's wine64) runs
; no 32-bit programs, which is what NSIS makes by default.
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef SRCDIR
  !error "pass -DSRCDIR=the one-folder bundle"
!endif
!ifndef OUTFILE
  !define OUTFILE "netizen-editor-${VERSION}-windows-x86_64-setup.exe"
!endif

!define APP_NAME "Netizen Editor"
!define APP_ID "netizen-editor"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"

Page directory
Page instfiles
UninstPage uninstConfirm
UninstPage instfiles

Section "Install"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_ID}.exe"
  ; "Open with" for Markdown files
  WriteRegStr HKLM "Software\Classes\Applications\${APP_ID}.exe\shell\open\command" "" '"$INSTDIR\${APP_ID}.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.md\OpenWithProgids" "NetizenEditor.Markdown" ""
  WriteRegStr HKLM "Software\Classes\NetizenEditor.Markdown" "" "Markdown article"
  WriteRegStr HKLM "Software\Classes\NetizenEditor.Markdown\shell\open\command" "" '"$INSTDIR\${APP_ID}.exe" "%1"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Netizen.co.id"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_ID}.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  DeleteRegKey HKLM "Software\Classes\Applications\${APP_ID}.exe"
  DeleteRegValue HKLM "Software\Classes\.md\OpenWithProgids" "NetizenEditor.Markdown"
  DeleteRegKey HKLM "Software\Classes\NetizenEditor.Markdown"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; only what the installer put there: a folder typed on the directory page (D:\Apps) may hold
  ; the user's own files, and "RMDir /r $INSTDIR" took them all
  Delete "$INSTDIR\${APP_ID}.exe"
  Delete "$INSTDIR\${APP_ID}-cli.exe"
  Delete "$INSTDIR\VERSION"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when nothing else is left in it
SectionEnd
