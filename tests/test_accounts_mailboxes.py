"""One accounts file for many mailboxes: a ``mailbox`` column, all rows or none."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mailbot.app import App
from mailbot.config import load_config
from mailbot.store.models import AccountRow
from tests.harness import run_cli

HEADER = "account_number,username,email,plan,status,started_on,price,currency"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "mailbot.toml"
    boxes = "".join(f'\n[[mailboxes]]\nname = "{name}"\n' for name in ("acme", "globex"))
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "m.db"}"\n{boxes}')
    assert cli(path, "init")[0] == 0
    return path


cli = run_cli


def counts(config: Path) -> dict[str, int]:
    app = App(load_config(str(config)))
    try:
        with app.db.session(readonly=True) as session:
            return dict(session.execute(select(AccountRow.mailbox, func.count())
                                        .group_by(AccountRow.mailbox)).all())
    finally:
        app.close()


def write(tmp_path: Path, *rows: str, header: str = f"mailbox,{HEADER}") -> Path:
    path = tmp_path / "accounts.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def test_each_row_goes_to_its_mailbox(config: Path, tmp_path: Path):
    """The mailbox column spreads one file over mailboxes; one account number may exist in
    two mailboxes (two companies), and a second import only updates."""
    path = write(tmp_path,
                 "acme,4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,19.00,USD",
                 "globex,4810237,jean,jean@example.fr,yearly,active,2025-09-01,240.00,EUR",
                 "globex,7742051,bill,bill@example.com,yearly,active,2025-06-01,490.00,USD",
                 "default,2290317,kate,kate@example.com,monthly,active,2025-12-05,29.00,USD")
    code, out, err = cli(config, "accounts", "import", str(path))
    assert code == 0, err
    assert "imported 4 account(s) into 3 mailboxes: 4 new" in out
    assert counts(config) == {"acme": 1, "globex": 2, "default": 1}
    code, out, _err = cli(config, "accounts", "import", str(path), "-v")
    assert code == 0 and "into mailbox globex: 0 new, 0 updated, 2 unchanged" in out


def test_an_unknown_mailbox_is_named_by_line_and_column(config: Path, tmp_path: Path):
    """A row naming a mailbox that does not exist refuses the whole file, by line and
    column; no mailbox gets any account."""
    path = write(tmp_path,
                 "acme,4810237,jdoe,jdoe@example.com,monthly,active,2025-11-10,19.00,USD",
                 "initech,7742051,bill,bill@example.com,yearly,active,2025-06-01,490.00,USD",
                 ",2290317,kate,kate@example.com,monthly,active,2025-12-05,29.00,USD")
    code, _out, err = cli(config, "accounts", "import", str(path))
    assert code == 1
    assert "nothing imported" in err
    assert "line 3, column mailbox: 'initech' is not a mailbox" in err
    assert "line 4, column mailbox: is empty" in err
    assert counts(config) == {}


def test_a_conflict_in_one_mailbox_imports_nothing_anywhere(config: Path, tmp_path: Path):
    """All or nothing per file: a username already taken in one mailbox stops the rows of
    every other mailbox too."""
    first = write(tmp_path,
                  "acme,1000001,ann,ann@example.com,monthly,active,2025-11-10,19.00,USD")
    assert cli(config, "accounts", "import", str(first))[0] == 0
    path = write(tmp_path,
                 "globex,2000001,bob,bob@example.com,monthly,active,2025-11-10,19.00,USD",
                 "acme,1000002,ann,ann2@example.com,monthly,active,2025-11-10,19.00,USD")
    code, _out, err = cli(config, "accounts", "import", str(path))
    assert code == 1 and "mailbox acme: username 'ann' would also belong" in err
    assert counts(config) == {"acme": 1}


def test_duplicates_count_per_mailbox(config: Path, tmp_path: Path):
    """A repeated account number is refused within one mailbox, not across two."""
    path = write(tmp_path,
                 "acme,1000001,ann,ann@example.com,monthly,active,2025-11-10,19.00,USD",
                 "globex,1000001,ann,ann@example.com,monthly,active,2025-11-10,19.00,USD",
                 "globex,1000001,bob,bob@example.com,monthly,active,2025-11-10,19.00,USD")
    code, _out, err = cli(config, "accounts", "import", str(path))
    assert code == 1
    assert "line 4, column account_number: '1000001' already given for mailbox globex on " \
           "line 3" in err


def test_without_the_column_mailbox_option_as_before(config: Path, tmp_path: Path):
    """No mailbox column: every row goes to --mailbox (default 'default'); --mailbox with
    the column is refused, as is an unknown --mailbox."""
    plain = write(tmp_path, "1000001,ann,ann@example.com,monthly,active,2025-11-10,19.00,USD",
                  header=HEADER)
    assert cli(config, "accounts", "import", str(plain))[0] == 0
    assert cli(config, "accounts", "import", str(plain), "--mailbox", "globex")[0] == 0
    assert counts(config) == {"default": 1, "globex": 1}
    code, _out, err = cli(config, "accounts", "import", str(plain), "--mailbox", "nope")
    assert code == 1 and "no mailbox named 'nope'" in err
    both = write(tmp_path,
                 "acme,1000001,ann,ann@example.com,monthly,active,2025-11-10,19.00,USD")
    code, _out, err = cli(config, "accounts", "import", str(both), "--mailbox", "acme")
    assert code == 1 and "leave out --mailbox" in err
