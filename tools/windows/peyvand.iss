; Inno Setup 6 script of Peyvand's Windows installer: a per-user install (no administrator
; rights), a Start-menu entry and a desktop shortcut with Persian and English names and
; Peyvand's icon; change packages (.peyvand) open with Peyvand, and backups (.peyvand.zip,
; which Windows sees as .zip) and registers (.sqlite3) get "Open with Peyvand"; and an
; uninstaller that removes the program only: registers, backups, logs and settings live in
; the user's data folder (%LOCALAPPDATA%\Peyvand, or the folder chosen in the settings),
; which this installer never writes to and its uninstaller never deletes.
;
; Built by ``python tools/build_bundle.py --installer`` after PyInstaller, which passes
;   /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 /DSourceDir=...\dist\peyvand /O...\dist
; A newer installer with the same AppId upgrades the installed program in place; the
; register migrates (after its automatic backup) the next time Peyvand starts.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\peyvand"
#endif
#define AppNameEn "Peyvand"
#define AppNameFa "پیوند"
#define AppExe "peyvand.exe"

[Setup]
; Never change the AppId: it is how a newer installer finds the one to upgrade.
AppId={{6B1C8E0A-3D2F-4B7E-9A51-5E0C2D7F4A93}
AppName={#AppNameEn} ({#AppNameFa})
AppVersion={#AppVersion}
AppVerName={#AppNameEn} ({#AppNameFa}) {#AppVersion}
AppPublisher=Peyvand
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName={#AppNameEn}
VersionInfoDescription={#AppNameEn} ({#AppNameFa}) installer
VersionInfoProductVersion={#AppVersion}
; Per user: installs under %LOCALAPPDATA%\Programs, writes HKCU only, needs no elevation.
PrivilegesRequired=lowest
; /CURRENTUSER or /ALLUSERS on the command line (CI installs with /CURRENTUSER), or the dialog.
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\{#AppNameEn}
DefaultGroupName={#AppNameEn}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputBaseFilename=peyvand-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayName={#AppNameEn} ({#AppNameFa})
UninstallDisplayIcon={app}\{#AppExe}
; The installer's own icon (the program's icon is inside peyvand.exe, from the spec).
SetupIconFile=..\..\resources\icons\peyvand.ico
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
; Signing: pass /Ssigntool="signtool sign /fd SHA256 /tr <timestamp-url> /td SHA256 $f"
; to iscc and uncomment the next line (see docs/release.md).
;SignTool=signtool

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(SourcePath) + "Persian.isl")
; A Persian wizard when a Persian.isl (Inno Setup's unofficial translation) is placed here.
Name: "fa"; MessagesFile: "Persian.isl"
#endif

[CustomMessages]
en.ShortcutName={#AppNameEn} ({#AppNameFa})
en.ShortcutComment=The register of the international-relations office
en.ChangePackage=Peyvand change package
en.Backup=Peyvand backup
en.Register=Peyvand register
en.LaunchProgram=Open Peyvand now
#if FileExists(AddBackslash(SourcePath) + "Persian.isl")
fa.ShortcutName={#AppNameFa} ({#AppNameEn})
fa.ShortcutComment=دفتر ثبت روابط بین‌الملل
fa.ChangePackage=بستهٔ تغییرات پیوند
fa.Backup=پشتیبان پیوند
fa.Register=دفتر ثبت پیوند
fa.LaunchProgram=اکنون پیوند را باز کن
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder (old libraries must not linger), and only it.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"
Name: "{autodesktop}\{cm:ShortcutName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:ShortcutComment}"; Tasks: desktopicon

[Registry]
; File associations, per user (HKA is HKCU for a per-user install). The program receives
; the file with --open and decides from its contents what it is; the entries go with the
; uninstaller, the files never do.
; Change packages (.peyvand): opened by Peyvand on a double-click.
Root: HKA; Subkey: "Software\Classes\.peyvand"; ValueType: string; ValueName: ""; ValueData: "Peyvand.ChangePackage"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.peyvand\OpenWithProgids"; ValueType: string; ValueName: "Peyvand.ChangePackage"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Peyvand.ChangePackage"; ValueType: string; ValueName: ""; ValueData: "{cm:ChangePackage}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Peyvand.ChangePackage\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Peyvand.ChangePackage\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""
; Backups (.peyvand.zip) and registers (.sqlite3): "Open with Peyvand" only, so zip files
; and other programs' databases keep the program they open with.
Root: HKA; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "Peyvand.Backup"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Peyvand.Backup"; ValueType: string; ValueName: ""; ValueData: "{cm:Backup}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Peyvand.Backup\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Peyvand.Backup\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: string; ValueName: "Peyvand.Register"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Peyvand.Register"; ValueType: string; ValueName: ""; ValueData: "{cm:Register}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Peyvand.Register\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Peyvand.Register\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".peyvand"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".zip"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes what [Files] installed
; and nothing else. The user's registers, backups, logs and settings stay.
