; Inno Setup 6 script for CoStar Desktop on Windows.
;
; Built by packaging/build.py after PyInstaller, which passes the version:
;   iscc /DAppVersion=0.1.0 /DAppId=org.costardesktop.CoStar packaging\windows\costar.iss
; Installs for the current user by default (no administrator rights: the files go to
; %LOCALAPPDATA%\Programs\CoStar Desktop); the first page lets an administrator choose
; "all users" instead. Adds a Start-menu entry, opens .costar files, and has an uninstaller.
; Paths are relative to this file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppId
  #define AppId "org.costardesktop.CoStar"
#endif
#define AppName "CoStar Desktop"
#define AppExe "costar.exe"
#define ProgId "CoStarDesktop.Workshop"

[Setup]
; The GUID identifies this program to Windows' "Apps" list across versions: never change it.
AppId={{6D74D4C5-288D-4AF5-AB2E-61E8F24528F5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CoStar Desktop developers
VersionInfoVersion={#AppVersion}
; {autopf} would be {userpf} for a per-user install: %LOCALAPPDATA%\Programs on Windows,
; but Wine has no such shell folder and a silent per-user install failed there. The same
; folder is named here in a way both understand (see DefaultDir below).
DefaultDirName={code:DefaultDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\build\icons\costar.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=costar-desktop-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder build.
Source: "..\..\dist\costar-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Run co-production workshops on the Co-Production Star"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .costar files open in CoStar Desktop. HKA is the current user's classes for a per-user
; install and the machine's for an all-users install; all of it is removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.costar"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.costar\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CoStar workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".costar"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--sample"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DefaultDir(Param: String): String;
begin
  if IsAdminInstallMode then
    Result := ExpandConstant('{commonpf}\{#AppName}')
  else
    Result := ExpandConstant('{localappdata}\Programs\{#AppName}');
end;
