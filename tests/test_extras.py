"""Optional dependency groups: a feature whose extra is not installed says which one to
install, in one line, instead of a traceback."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

import pytest

from mailbot import extras
from mailbot.cli import main


@pytest.fixture
def without(monkeypatch: pytest.MonkeyPatch):  # a function
    """Make some modules look uninstalled to mailbot.extras."""

    def hide(*names: str) -> None:
        monkeypatch.setattr(extras, "find_spec",
                            lambda name: None if name in names else find_spec(name))
    return hide


def test_a_postgresql_url_without_psycopg_names_the_extra(
        tmp_path: Path, without, capsys: pytest.CaptureFixture[str]):
    """`mailbot init` on a PostgreSQL URL without psycopg: exit 1, one line with the fix."""
    without("psycopg")
    config = tmp_path / "mailbot.toml"
    config.write_text('[database]\nurl = "postgresql+psycopg://mailbot@127.0.0.1/mailbot"\n'
                      '[policy]\npreset = "crm-runner"\n')
    assert main(["init", "--config", str(config)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "psycopg" in err and "pip install 'mailbot[postgres]'" in err


def test_the_demo_without_its_extra_names_it(without, capsys: pytest.CaptureFixture[str]
                                             ):
    """`mailbot demo` without pymap/aiosmtpd/rich: exit 1, one line with the fix."""
    without("pymap", "rich")
    assert main(["demo"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("mailbot: error: mailbot demo needs pymap and rich, which are not installed: "
                   "pip install 'mailbot[demo]'")


@pytest.mark.parametrize("extra", sorted(extras.EXTRAS))
def test_every_extra_is_declared_in_pyproject(extra: str):
    """The table of extras and pyproject.toml name the same groups and packages."""
    import tomllib

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    declared = " ".join(project["project"]["optional-dependencies"][extra]).lower()
    for module in extras.EXTRAS[extra]:
        assert module in declared, (extra, module)
