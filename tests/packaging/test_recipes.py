"""The recipes that only run on other systems: read them and hold their key promises."""

import ast
import re

import yaml

from tests.packaging.conftest import PACKAGING, ROOT

ISS = (PACKAGING / "windows" / "costar.iss").read_text(encoding="utf-8")
SPEC = (PACKAGING / "costar.spec").read_text(encoding="utf-8")
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def _iss_setup() -> dict[str, str]:
    section = ISS.split("[Setup]", 1)[1].split("\n[", 1)[0]
    pairs = (
        line.split("=", 1)
        for line in section.splitlines()
        if "=" in line and not line.lstrip().startswith(";")
    )
    return {k.strip(): v.strip() for k, v in pairs}


def test_inno_setup_installs_per_user_by_default():
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    # %LOCALAPPDATA%\Programs per user, Program Files for all users (named in [Code]:
    # Wine has no {userpf}, and the installer is tested under Wine).
    assert setup["DefaultDirName"] == "{code:DefaultDir}"
    code = ISS.split("[Code]", 1)[1]
    assert "ExpandConstant('{localappdata}\\Programs\\{#AppName}')" in code
    assert "ExpandConstant('{commonpf}\\{#AppName}')" in code


def test_inno_setup_takes_the_version_from_the_build():
    assert "AppVersion={#AppVersion}" in ISS
    assert re.search(r"^#ifndef AppVersion", ISS, re.M)
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "/DAppVersion={metadata.VERSION}" in build


def test_inno_setup_has_start_menu_entry_file_type_and_uninstaller():
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', ISS, re.M)
    assert 'Subkey: "Software\\Classes\\.costar"' in ISS
    assert '"""{app}\\{#AppExe}"" ""%1"""' in ISS  # opens the double-clicked file
    assert _iss_setup()["ChangesAssociations"] == "yes"
    assert "UninstallDisplayIcon" in _iss_setup()
    assert "Uninstallable=no" not in ISS
    assert 'Source: "..\\..\\dist\\costar-desktop\\*"' in ISS


def test_spec_is_one_folder_and_macos_bundle_declares_costar_documents():
    tree = ast.parse(SPEC)
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= set(calls)
    exe_kwargs = {k.arg: k.value for k in calls["EXE"].keywords}
    assert ast.literal_eval(exe_kwargs["exclude_binaries"]) is True  # one folder, not one file
    assert ast.literal_eval(exe_kwargs["upx"]) is False
    bundle = {k.arg for k in calls["BUNDLE"].keywords}
    assert {"bundle_identifier", "version", "info_plist", "icon"} <= bundle
    for key in (
        "CFBundleDocumentTypes",
        "UTExportedTypeDeclarations",
        "public.filename-extension",
        "CFBundleShortVersionString",
    ):
        assert key in SPEC


def test_spec_bundles_the_whole_resources_folder_and_reportlab():
    assert '(str(ROOT / "resources"), "resources")' in SPEC
    assert 'collect_data_files("reportlab")' in SPEC
    assert "bundle_rules.package_modules(ROOT)" in SPEC  # every module, panels included


def test_dmg_recipe_links_applications():
    script = (PACKAGING / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert "hdiutil create" in script and "ln -s /Applications" in script


def test_workflow_is_valid_yaml_with_a_three_system_matrix():
    doc = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    on = doc.get("on", doc.get(True))  # YAML 1.1 reads a bare `on` as True
    assert on is not None and "push" in on
    jobs = doc["jobs"]
    assert "build" in jobs
    build = jobs["build"]
    systems = build["strategy"]["matrix"]["include"]
    runners = [entry["os"] for entry in systems]
    assert any(r.startswith("ubuntu") for r in runners)
    assert any(r.startswith("windows") for r in runners)
    assert any(r.startswith("macos") for r in runners)
    assert build["runs-on"] == "${{ matrix.os }}"
    steps = build["steps"]
    uses = [s.get("uses", "") for s in steps]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)
    assert any(u.startswith("actions/upload-artifact@") for u in uses)
    assert "packaging/build.py" in runs
    assert "--self-test" in runs
    assert all(s.get("name") for s in steps), "every step has a name"


def test_workflow_tests_before_it_builds():
    doc = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    runs = [s.get("run", "") for s in doc["jobs"]["build"]["steps"]]
    first_test = next(i for i, r in enumerate(runs) if "pytest" in r)
    first_build = next(i for i, r in enumerate(runs) if "packaging/build.py" in r)
    assert first_test < first_build
