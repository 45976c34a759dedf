; Inno Setup script: installs the PyInstaller one-folder build (dist\QualCode) per user,
; with a Start-menu entry, an optional desktop icon and the .qcproj file association.
; Built by installers\windows\build.ps1:  iscc /DAppVersion=0.1.0 installers\windows\qualcode.iss
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0C5A4B-3E0D-4E8B-9D6B-51A3C0DE2A18}
AppName=QualCode
AppVersion={#AppVersion}
AppPublisher=QualCode contributors
DefaultDirName={autopf}\QualCode
DefaultGroupName=QualCode
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=QualCode-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\QualCode\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\QualCode"; Filename: "{app}\QualCode.exe"
Name: "{autodesktop}\QualCode"; Filename: "{app}\QualCode.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.qcproj"; ValueType: string; ValueName: ""; ValueData: "QualCode.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\QualCode.Project"; ValueType: string; ValueName: ""; ValueData: "QualCode project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\QualCode.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\QualCode.exe"" gui ""%1"""

[Run]
Filename: "{app}\QualCode.exe"; Description: "{cm:LaunchProgram,QualCode}"; Flags: nowait postinstall skipifsilent
