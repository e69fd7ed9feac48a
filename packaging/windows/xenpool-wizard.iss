; Windows installer (Inno Setup 6) of the one-folder bundle in dist\xenpool-wizard\.
; The release workflow runs: iscc /DAppVersion=<version> packaging\windows\xenpool-wizard.iss
; Per-user by default (no administrator needed), per-machine when the user chooses it.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B0F3C51-5E0B-4B9E-9E59-2F1C8D7A4E21}
AppName=xenpool-wizard
AppVersion={#AppVersion}
AppPublisher=xenpool-wizard
DefaultDirName={autopf}\xenpool-wizard
DefaultGroupName=xenpool-wizard
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=xenpool-wizard-{#AppVersion}-windows-x64-setup
UninstallDisplayIcon={app}\xenpool-wizard.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\xenpool-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\xenpool-wizard"; Filename: "{app}\xenpool-wizard.exe"
Name: "{autoprograms}\xenpool-wizard (demo lab)"; Filename: "{app}\xenpool-wizard.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\xenpool-wizard.exe"; Description: "Open xenpool-wizard"; Flags: nowait postinstall skipifsilent
