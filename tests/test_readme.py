"""README stays true: its commands exist, its options exist, its settings are documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMAND_LINES = sorted(
    {line.split("#")[0].strip() for line in README.splitlines() if line.startswith("storyline ")}
)
runner = CliRunner(env={"COLUMNS": "200"})


@pytest.mark.parametrize("line", COMMAND_LINES)
def test_readme_command_and_its_options_exist(line: str) -> None:
    words = shlex.split(re.sub(r"\[([^\]]*)\]", r"\1", line))[1:]
    command = [w for w in words[:2] if w.isidentifier() and w.islower()]
    help_text = runner.invoke(app, [*command, "--help"]).output
    for option in {w.split("=")[0] for w in words if w.startswith("--")}:
        assert option in help_text, (
            f"{line}: {option} not in `storyline {' '.join(command)} --help`"
        )


def test_readme_documents_every_setting() -> None:
    assert set(Settings.documentation()) == {"db", "max_bytes"}
    for needle in ("--db", "STORYLINE_DB", "--max-bytes", "20 MB"):
        assert needle in README


def test_readme_lists_the_make_targets() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "lint", "bench"):
        assert f"make {target}" in README and f"\n{target}:" in makefile


def test_readme_actors_example_loads(tmp_path: Path) -> None:
    from storyline.actors import load_user_actors

    block = README.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "actors.toml"
    path.write_text(block, encoding="utf-8")
    user = load_user_actors(path)
    assert user.holdings and user.holdings[0].person == "Jane Doe"
    assert user.aliases.lookup("Abu Ali al-Sudani", "person") == "Mohammed Shia' Al-Sudani"


def test_readme_lists_every_event_type_of_the_registry() -> None:
    from storyline.events.registry import registry

    text = " ".join(README.split())
    found = re.search(r"holds (\d+) of them \(([^;]+); and, uncoded by PLOVER, ([^)]+)\)", text)
    assert found, "the README's list of event types"
    count, coded, uncoded = found.groups()
    types = registry().types
    assert int(count) == len(types)
    assert coded.split(", ") == [t.name for t in types if t.plover]
    assert uncoded.split(", ") == [t.name for t in types if not t.plover]


def test_readme_engine_ray_without_the_extra_is_the_error_printed() -> None:
    from storyline.errors import Code, StorylineError
    from storyline.scale.ray_engine import import_ray

    with pytest.raises(StorylineError) as raised:
        import_ray("storyline_no_such_ray")  # what `--engine ray` meets without the extra
    assert raised.value.code is Code.E021
    assert f"`error {raised.value.message}`" in " ".join(README.split())


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sample") / "sample.db"
    done = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--no-events", "--db", str(db)])
    assert done.exit_code == 0, done.output
    return db


def test_readme_code_of_an_unknown_document_is_the_one_printed(sample_db: Path) -> None:
    done = runner.invoke(app, ["show", "no-such-page", "--db", str(sample_db)])
    assert done.exit_code == 2
    printed = re.match(r"error (E\d{3} [a-z ]+):", done.output)
    assert printed and f"`error {printed.group(1)}: …`" in README


SEARCH_EXAMPLES = sorted(
    {
        query
        for span in re.findall(
            r"as people type them \(.*?a prefix|What people type works:.*?operators",
            " ".join(README.split()),
        )
        for query in re.findall(r"`([^`]+)`", span)
    }
)


@pytest.mark.parametrize("query", SEARCH_EXAMPLES)
def test_readme_search_examples_find_documents_of_the_sample_corpus(
    sample_db: Path, query: str
) -> None:
    assert len(SEARCH_EXAMPLES) >= 5
    done = runner.invoke(app, ["docs", "--search", query, "--db", str(sample_db)])
    assert done.exit_code == 0, done.output
    assert re.search(r"\b0 documents", done.output) is None, (query, done.output)
