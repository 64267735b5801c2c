; Inno Setup script for Proofdesk on Windows: a per-user install (no administrator rights), a Start-menu
; entry, an uninstaller. Build the PyInstaller bundle first (dist\proofdesk), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\proofdesk.iss
; The installer is written to dist\proofdesk-<version>-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C7F3C52-93B4-4F0E-9D5B-2B1F7A0C6E11}
AppName=Proofdesk 校对台
AppVersion={#AppVersion}
AppPublisher=The Proofdesk developers
DefaultDirName={autopf}\Proofdesk
DefaultGroupName=Proofdesk 校对台
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=proofdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\proofdesk.ico
UninstallDisplayIcon={app}\proofdesk.exe
LicenseFile=..\..\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
; Inno Setup ships Simplified Chinese only from 7.0.2 (6.x has it among the unofficial translations, which
; the compiler does not carry). The installer speaks Chinese when the compiler has it or when its unofficial
; translation is placed beside this script as ChineseSimplified.isl; otherwise English. The program's own
; names (Start menu, desktop icon) are Chinese and English either way.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\proofdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Proofdesk 校对台"; Filename: "{app}\proofdesk.exe"
Name: "{group}\{cm:UninstallProgram,Proofdesk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Proofdesk 校对台"; Filename: "{app}\proofdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\proofdesk.exe"; Description: "{cm:LaunchProgram,Proofdesk}"; Flags: nowait postinstall skipifsilent
