"""Parsing at scale from the command line: folders, lists of files, worker processes, progress and summary."""

from __future__ import annotations

import functools
import io
import json
import os
import pickle
import signal
import subprocess
import sys
import time

import pytest

import newsparse
from newsparse import InputError
from newsparse.cli.main import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, EXIT_PARSE, EXIT_USAGE, main
from newsparse.cli.inputs import expand, read_list
from newsparse.cli.parallel import Failure, Outcome, Settings, outcomes, process
from newsparse.hooks.host import default_registry
from newsparse.cli.progress import Progress

from .test_cli import BAD_PAGE, FAULTY, PAGE, WarningPlugin, _registry

OTHER = PAGE.replace("Fishermen", "Farmers").replace("quotas", "tariffs")


def run(argv, capsys, registry=None):
    code = main(argv, registry=registry)
    out, err = capsys.readouterr()
    return code, out, err


def _tree(root, files):
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _summaries(out):
    return [json.loads(line)["summary"] for line in out.splitlines()]


# -- which inputs -------------------------------------------------------------------------------------------


def test_a_folder_gives_its_matching_files_recursively_in_sorted_order(tmp_path):
    _tree(tmp_path, {"b.txt": "", "a/z.txt": "", "a/b/c.TXT": "", "notes.md": "", ".hidden.txt": "", ".git/x.txt": ""})
    found = [os.path.relpath(path, tmp_path) for path in expand([str(tmp_path)])]
    assert found == [os.path.join("a", "b", "c.TXT"), os.path.join("a", "z.txt"), "b.txt"]


def test_patterns_choose_among_folder_files_but_named_files_are_always_taken(tmp_path):
    _tree(tmp_path, {"x.txt": "", "y.html": "", "z.htm": ""})
    named = str(tmp_path / "x.txt")
    found = list(expand([str(tmp_path), named, "missing.md"], ["*.html", "*.htm"]))
    assert found == [str(tmp_path / "y.html"), str(tmp_path / "z.htm"), named, "missing.md"]


def test_a_folder_that_cannot_be_listed_is_an_input_error(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0)
    try:
        if os.access(folder, os.R_OK):
            pytest.skip("running with rights that read any folder")
        with pytest.raises(InputError, match="cannot be listed"):
            list(expand([str(tmp_path)]))
    finally:
        folder.chmod(0o755)


def test_a_list_of_files_has_one_path_a_line_and_skips_blank_lines():
    assert list(read_list(io.StringIO("a.txt\n\n  \nwith space.txt\r\nlast.txt"))) == [
        "a.txt",
        "with space.txt",
        "last.txt",
    ]


def test_folder_and_files_from_on_the_command_line(tmp_path, capsys, monkeypatch):
    _tree(tmp_path / "pages", {"2.txt": OTHER, "1.txt": PAGE, "skip.md": PAGE})
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'pages' / '1.txt'}\n\n", encoding="utf-8")
    code, out, err = run(["parse", str(tmp_path / "pages"), "--files-from", str(listing)], capsys)
    assert (code, err) == (EXIT_OK, "")
    assert [s.split()[0] for s in _summaries(out)] == ["Fishermen", "Farmers", "Fishermen"]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{tmp_path / 'pages' / '2.txt'}\n"))
    code, out, _ = run(["parse", "--files-from", "-", "--glob", "*.md"], capsys)
    assert code == EXIT_OK and [s.split()[0] for s in _summaries(out)] == ["Farmers"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["parse"], "no inputs"), (["parse", "-", "--files-from", "-"], "standard input cannot be both")],
)
def test_impossible_inputs_are_usage_errors(argv, message, capsys):
    code, _, err = run(argv, capsys)
    assert code == EXIT_USAGE and len(err.splitlines()) == 1 and message in err


@pytest.mark.parametrize("jobs", ["-1", "two", ""])
def test_jobs_must_be_a_number_of_processes(jobs, capsys):
    with pytest.raises(SystemExit) as raised:
        main(["parse", "x.txt", "--jobs", jobs])
    assert raised.value.code == EXIT_USAGE and "not a number of processes" in capsys.readouterr().err


def test_a_folder_without_matching_files_is_one_error_and_keeps_the_output(tmp_path, capsys):
    _tree(tmp_path / "pages", {"a.md": PAGE})
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    code, _, err = run(["parse", str(tmp_path / "pages"), "-o", str(out_path)], capsys)
    assert code == EXIT_INPUT and "no file matching *.txt, *.html, *.htm" in err and len(err.splitlines()) == 1
    assert out_path.read_bytes() == b"earlier\n"


def test_a_missing_list_of_files_is_an_input_error(tmp_path, capsys):
    code, _, err = run(["parse", "--files-from", str(tmp_path / "none.txt")], capsys)
    assert code == EXIT_INPUT and "none.txt: cannot be read" in err and len(err.splitlines()) == 1


def test_an_output_file_inside_a_parsed_folder_is_a_usage_error(tmp_path, capsys):
    _tree(tmp_path, {"a.txt": PAGE, "out.txt": "earlier\n"})
    code, _, err = run(["parse", str(tmp_path), "-o", str(tmp_path / "out.txt")], capsys)
    assert code == EXIT_USAGE and "also an input" in err
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "earlier\n"


# -- worker processes ---------------------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path):
    """A folder of good pages around a page the fussy splitter breaks on, an empty one and an unreadable one."""
    pages = {f"{n:02d}.txt": (OTHER if n % 2 else PAGE) for n in range(8)}
    pages.update({"03.txt": BAD_PAGE, "05.txt": "", "06.txt": "Caf\xe9"})
    _tree(tmp_path / "pages", pages)
    (tmp_path / "pages" / "06.txt").write_bytes("Caf\xe9".encode("latin-1"))
    return tmp_path / "pages"


def test_workers_give_the_same_output_errors_and_code_as_one_process(mixed, capsys):
    argv = ["parse", str(mixed), "--input-format", "fussy"]
    serial = run(argv, capsys, FAULTY)
    parallel = run([*argv, "--jobs", "2"], capsys, FAULTY)
    assert parallel == serial
    code, out, err = serial
    assert code == EXIT_INPUT and len(out.splitlines()) == 5
    assert [line.split(": ")[1:3] for line in err.splitlines()] == [
        ["error", str(mixed / "03.txt")],
        ["warning", str(mixed / "05.txt")],
        ["error", str(mixed / "06.txt")],
    ]


def test_warnings_raised_in_workers_are_one_line_each_in_input_order(tmp_path, capsys):
    _tree(tmp_path, {"a.txt": PAGE, "b.txt": OTHER, "c.txt": PAGE})
    code, out, err = run(["parse", str(tmp_path), "-j", "2"], capsys, _registry(WarningPlugin()))
    assert code == EXIT_OK and len(out.splitlines()) == 3
    assert err.splitlines() == [
        f"newsparse: warning: {tmp_path / name}: {message}"
        for name in ("a.txt", "b.txt", "c.txt")
        for message in ("plugin 'warner', hook extract: its result was dropped", "a second, plain note")
    ]


def test_fail_fast_and_debug_work_with_workers(mixed, tmp_path, capsys):
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    argv = ["parse", str(mixed), "--input-format", "fussy", "-j", "2", "--fail-fast", "--debug", "-o", str(out_path)]
    code, _, err = run(argv, capsys, FAULTY)
    assert code == EXIT_PARSE and out_path.read_bytes() == b"earlier\n"
    assert "Traceback" in err and "the fussy splitter broke" in err
    assert err.splitlines()[-1].startswith(f"newsparse: error: {mixed / '03.txt'}: cannot be parsed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pages"]


def test_standard_input_keeps_its_place_among_files_parsed_by_workers(tmp_path, capsys, monkeypatch):
    _tree(tmp_path, {"a.txt": PAGE, "c.txt": PAGE})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OTHER.encode("utf-8"))))
    code, out, _ = run(["parse", str(tmp_path / "a.txt"), "-", str(tmp_path / "c.txt"), "-j", "0"], capsys)
    assert code == EXIT_OK
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a.txt"), "-", str(tmp_path / "c.txt")]


def test_outcomes_are_in_input_order_whatever_finishes_first(tmp_path):
    big = PAGE + "".join(f"\nParagraph {n} of a long page.\n" for n in range(3000))
    _tree(tmp_path, {"0.txt": big, **{f"{n}.txt": PAGE for n in range(1, 12)}})
    names = [str(tmp_path / f"{n}.txt") for n in range(12)]
    got = list(outcomes(names, Settings(), default_registry(), workers=2))
    assert [o.name for o in got] == names and all(o.failure is None for o in got)
    assert got[0].size == len(big.encode("utf-8"))


def test_process_reports_what_went_wrong_without_raising(tmp_path):
    registry = default_registry()
    missing = process(str(tmp_path / "none.txt"), Settings(debug=True), registry)
    assert missing.failure is not None and missing.failure.stage == "read" and "no such file" in missing.failure.message
    assert missing.failure.traceback is not None and "InputError" in missing.failure.traceback
    empty = process(str(_tree(tmp_path, {"e.txt": " \n"}) / "e.txt"), Settings(), registry)
    assert (empty.page, empty.failure, empty.warnings) == (None, None, (f"{tmp_path / 'e.txt'}: empty input, no articles",))


# -- progress and summary -----------------------------------------------------------------------------------


def test_verbose_prints_a_summary_line_and_quiet_prints_nothing(tmp_path, capsys):
    _tree(tmp_path, {"a.txt": PAGE, "b.txt": OTHER})
    code, _, err = run(["parse", str(tmp_path), "-v"], capsys)
    assert code == EXIT_OK
    (line,) = err.splitlines()
    size = (len(PAGE) + len(OTHER)) / 1e3
    assert line.startswith(f"newsparse: 2 files, {size:.1f} kB, 2 articles in ")
    assert run(["parse", str(tmp_path), "-q"], capsys)[2] == ""
    assert run(["parse", str(tmp_path)], capsys)[2] == ""  # standard error is no terminal here


def test_the_bar_counts_files_articles_and_failures(capsys):
    pytest.importorskip("tqdm")
    failure = Failure("read", "c: no such file")
    with Progress(["a", "b", "c"], bar=True, summary=True) as progress:
        progress.add(Outcome("a", size=2_000_000))
        with progress.paused():
            print("newsparse: warning: a line of its own", file=sys.stderr)
        progress.add(Outcome("b", size=500_000))
        progress.add(Outcome("c", failure=failure))
        progress.finish()
    err = capsys.readouterr().err
    assert "1/3 fil" in err  # the bar, with the counts after it
    assert "\rnewsparse: warning: a line of its own\n" in err  # printed on a cleared line
    assert err.splitlines()[-1].startswith("newsparse: 3 files, 2.5 MB, 0 articles, 1 failed in ")


# -- the command as a process: Ctrl-C with workers ----------------------------------------------------------


#: Seconds the reader of a FIFO is given to go from opening it to waiting in its first read.
_UNTIL_READING = 0.5


def _children(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc to find the workers")
def test_ctrl_c_with_workers_exits_130_stops_them_and_keeps_the_output(tmp_path):
    _tree(tmp_path / "pages", {"a.txt": PAGE})
    fifo = tmp_path / "pages" / "b.txt"
    os.mkfifo(fifo)
    out_path = tmp_path / "out.jsonl"
    out_path.write_bytes(b"earlier\n")
    argv = [sys.executable, "-m", "newsparse", "parse", str(tmp_path / "pages"), "-j", "2", "-o", str(out_path)]
    # Ctrl-C as a terminal sends it, even when these tests run where SIGINT is ignored (a background job).
    restore = functools.partial(signal.signal, signal.SIGINT, signal.SIG_DFL)
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=restore)
    with open(fifo, "wb"):  # returns once a process of the command has opened the FIFO to read it
        workers = _children(proc.pid)
        # Let the reader reach its read: a signal that lands between its open and its read is seen only when the read
        # returns (as in any program: a user presses Ctrl-C again), and nothing would be written to end this one.
        time.sleep(_UNTIL_READING)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_INTERRUPTED
    assert err.splitlines() == ["newsparse: error: interrupted"]
    assert out_path.read_bytes() == b"earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "pages"]
    assert workers and not any(os.path.exists(f"/proc/{pid}") for pid in workers)


def _blocks_ctrl_c(thread):
    with open(f"/proc/self/task/{thread.native_id}/status", encoding="utf-8") as status:
        blocked = next(int(line.split()[1], 16) for line in status if line.startswith("SigBlk:"))
    return bool(blocked >> (signal.SIGINT - 1) & 1)


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs /proc to read the threads' signal masks")
def test_the_pools_threads_leave_ctrl_c_to_the_main_thread_and_end_when_it_stops_them(tmp_path):
    # A Ctrl-C taken by the pool's manager thread would not break the main thread out of a read of a FIFO.
    import threading
    from concurrent.futures import ProcessPoolExecutor

    from newsparse.cli.parallel import _start_worker, _stop, _submit

    _tree(tmp_path, {"a.txt": PAGE})
    pool = ProcessPoolExecutor(1, initializer=_start_worker, initargs=(None, Settings()))
    future = _submit(pool, [str(tmp_path / "a.txt")])
    manager = pool._executor_manager_thread
    assert _blocks_ctrl_c(manager) and not _blocks_ctrl_c(threading.main_thread())
    future.result(timeout=60)
    _stop(pool)
    assert not manager.is_alive()  # its pipe closed before the interpreter's exit wakes it


def test_pages_sent_from_workers_are_equal_to_the_pages_parsed_here(shared_dir):
    from multiprocessing.reduction import ForkingPickler

    path = shared_dir / "corpus" / "page-v011.txt"
    here = newsparse.parse_file(path)
    assert all(any(getattr(a, name) for a in here) for name in ("quotes", "figures", "related", "published"))
    got = list(outcomes([str(path), str(path)], Settings(), default_registry(), workers=2))
    assert [o.page for o in got] == [here, here]
    assert pickle.loads(ForkingPickler.dumps(here)) == here


class _Trickle(io.BytesIO):
    """A stream that gives one byte a call, as a slow pipe may."""

    def read1(self, size=-1):
        return super().read1(1)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_stream_read_as_it_arrives_still_finds_its_byte_order_mark(encoding):
    from newsparse.reading import read_stream

    assert read_stream(_Trickle(PAGE.encode(encoding)), "<pipe>") == PAGE
