; Inno Setup script: the Windows installer of the one-folder build (dist\followup-desktop\).
; Built by .github/workflows/desktop-builds.yml on a Windows runner, where Inno Setup 6 is installed:
;   iscc /DAppVersion=0.1.0 packaging\windows\followup-desktop.iss
; It installs for the current user by default (no administrator needed; the dialog offers all
; users), adds a Start menu entry, and its uninstaller removes the program only: the user's data
; in %LOCALAPPDATA%\followup-desktop is never touched.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{F9AB0900-6B1D-45CD-9991-D90D18C815E9}
AppName=FollowUp Desktop
AppVersion={#AppVersion}
AppPublisher=The FollowUp Desktop contributors
DefaultDirName={autopf}\FollowUp Desktop
DefaultGroupName=FollowUp Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FollowUp-Desktop-{#AppVersion}-setup
SetupIconFile=followup-desktop.ico
UninstallDisplayIcon={app}\followup-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\followup-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\FollowUp Desktop"; Filename: "{app}\followup-desktop.exe"
Name: "{autodesktop}\FollowUp Desktop"; Filename: "{app}\followup-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\followup-desktop.exe"; Description: "{cm:LaunchProgram,FollowUp Desktop}"; Flags: nowait postinstall skipifsilent
