"""Reading and parsing many inputs, in this process or in worker processes, with the results in input order.

Each input becomes an :class:`Outcome`: its page, the warnings raised while it
was read and parsed (one line each, naming the input), or why it failed.  The
same function makes it in this process and in a worker, so a run gives the same
outcomes whatever the number of workers; workers send their outcomes back and
print nothing themselves.  Workers ignore Ctrl-C: the parent stops them when it
is interrupted or stops early (``--fail-fast``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from newsparse.errors import InputError, NewsparseError
from newsparse.hooks.host import Registry, default_registry
from newsparse.model import Article, Figure, Page, Passage, Quote, RelatedLink, Span
from newsparse.pipeline import parse, parse_stream
from newsparse.reading import DEFAULT_MAX_BYTES, read_text
from newsparse.streaming import PageStream

if TYPE_CHECKING:  # the pool's modules are imported only when there are workers: they slow down start-up
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Settings", "Failure", "Outcome", "process", "parse_failure", "outcomes", "cpu_count", "describe", "one_line", "warning_line"]

_T = TypeVar("_T")
_BLOCK = 1 << 20

#: How many batches each worker may have waiting, so that results of a long run never pile up in memory.
_AHEAD_PER_WORKER = 4
#: A batch, the inputs a worker is sent at once, holds at most this many inputs and ends after this many bytes:
#: sending each small file on its own costs the parent more than parsing it costs a worker.
_BATCH_INPUTS = 32
_BATCH_BYTES = 1 << 20
#: Whether threads' signal masks can be set (POSIX; Windows sends no signal to a thread).
_MASKS = hasattr(signal, "pthread_sigmask")
#: The most seconds an interrupted run waits for the pool's manager thread to end (it takes milliseconds).
_MANAGER_WAIT = 5.0


@attrs.frozen
class Settings:
    """How every input of a run is read and parsed."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    input_format: str | None = None
    #: Whether a failure keeps the traceback of its exception.
    debug: bool = False
    #: Whether a page parsed in this process is a :class:`~newsparse.PageStream` (see :func:`process`).
    stream: bool = False


@attrs.frozen
class Failure:
    """Why an input gave no page: it could not be ``read``, or it could not be ``parse``\\ d."""

    stage: Literal["read", "parse"]
    message: str
    #: The formatted traceback (with ``debug``), else ``None``.
    traceback: str | None = None


@attrs.frozen
class Outcome:
    """What reading and parsing one input gave."""

    name: str
    #: The page (a stream, read later, when the settings ask for one); ``None`` for an empty input or a failure.
    page: Page | PageStream | None = None
    #: The size of the input in bytes (0 when it could not be read).
    size: int = 0
    #: How many articles the page has (0 for a stream: its reader counts them).
    articles: int = 0
    #: Warnings raised on the way, one line each, the input's name first.
    warnings: tuple[str, ...] = ()
    failure: Failure | None = None


def process(name: str, settings: Settings, registry: Registry) -> Outcome:
    """Read and parse the input ``name`` (``-``: standard input); never raises but for interrupts.

    With ``settings.stream`` the page is a :class:`~newsparse.PageStream` whose articles are
    parsed as they are read: their warnings, and a failure part way, are the reader's to report.
    """
    with warnings.catch_warnings(record=True) as caught:
        outcome = _read_and_parse(name, settings, registry)
    lines = [f"{name}: {warning_line(w.message, w.category)}" for w in caught]
    if isinstance(outcome.page, Page) and not outcome.articles:
        lines.append(f"{name}: no articles found")
    return attrs.evolve(outcome, warnings=(*outcome.warnings, *lines))


def _read_and_parse(name: str, settings: Settings, registry: Registry) -> Outcome:
    try:
        text = read_text(name, settings.encoding, max_bytes=settings.max_bytes)
    except InputError as exc:
        return Outcome(name, failure=Failure("read", str(exc), _trace(exc, settings.debug)))
    size = _size(name, text)
    if not text or text.isspace():  # no stripped copy of a large text
        return Outcome(name, size=size, warnings=(f"{name}: empty input, no articles",))
    try:
        if settings.stream:
            return Outcome(name, parse_stream(text, name, input_format=settings.input_format, registry=registry), size)
        page = parse(text, name, input_format=settings.input_format, registry=registry)
    except Exception as exc:  # noqa: BLE001 - one document's fault must not end the run
        return Outcome(name, size=size, failure=parse_failure(name, exc, settings.debug))
    return Outcome(name, page, size, len(page.articles))


def parse_failure(name: str, exc: Exception, debug: bool) -> Failure:
    """The failure of the input ``name`` that could not be parsed: ``exc`` was raised."""
    return Failure("parse", f"{name}: cannot be parsed: {describe(exc)}", _trace(exc, debug))


def outcomes(names: Iterable[str], settings: Settings, registry: Registry, workers: int = 1) -> Iterator[Outcome]:
    """The outcome of every input in ``names``, in their order, made by ``workers`` processes.

    The processes are this one and ``workers - 1`` worker processes: this one
    takes the inputs no worker has started yet while it waits, so none sits idle.
    Standard input (``-``) is always read here, as workers cannot read it.
    Closing the iterator early or an interrupt stops the workers at once.
    """
    if workers <= 1:
        for name in names:
            yield process(name, settings, registry)
        return
    yield from _pooled(names, settings, registry, workers)


@attrs.define
class _Batch:
    """Inputs sent to a worker at once (``future``; ``None``: to be made here), and their outcomes once known."""

    names: list[str]
    future: Future[list[Outcome]] | None
    outcomes: list[Outcome] | None = None


def _pooled(names: Iterable[str], settings: Settings, registry: Registry, workers: int) -> Iterator[Outcome]:
    """:func:`outcomes` made by this process and a pool of ``workers - 1``, sent a few batches of inputs ahead."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _pickle_compactly()
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    # A forked worker inherits the registry as it is; others rebuild the default one.
    shipped = registry if fork else None
    pool = ProcessPoolExecutor(workers - 1, context, initializer=_start_worker, initargs=(shipped, settings))
    try:
        window: deque[_Batch] = deque()
        for batch in _batches(list(names), workers):
            window.append(_Batch(batch, None if batch == ["-"] else _submit(pool, batch)))
            if len(window) >= workers * _AHEAD_PER_WORKER:
                yield from _first(window, settings, registry)
        while window:
            yield from _first(window, settings, registry)
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown()


def _submit(pool: ProcessPoolExecutor, batch: list[str]) -> Future[list[Outcome]]:
    """``batch`` sent to ``pool``, with Ctrl-C held back in this thread meanwhile: the threads the pool starts then
    block it too, so the signal always reaches this one (some systems give it to any thread that takes it).  Taken by
    another thread, it would leave this one waiting in a read of a slow pipe or FIFO, and the run would not stop."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if _MASKS else None
    try:
        return pool.submit(_work, batch)
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _first(window: deque[_Batch], settings: Settings, registry: Registry) -> list[Outcome]:
    """The outcomes of the first batch of ``window``, taken off it; while a worker has it, this process works too."""
    first = window[0]
    while first.outcomes is None and not (first.future is not None and first.future.done()):
        # Take the last batch no worker has started; stop helping when there is none.
        taken = next((b for b in reversed(window) if b.outcomes is None and _cancel(b.future)), None)
        if taken is None:
            break
        taken.outcomes = [process(name, settings, registry) for name in taken.names]
    window.popleft()
    if first.outcomes is not None:
        return first.outcomes
    assert first.future is not None  # a batch without one is always taken above
    return first.future.result()


def _cancel(future: Future[list[Outcome]] | None) -> bool:
    """Whether the batch of ``future`` is left to this process: it has no future, or no worker had started it."""
    return future is None or future.cancel()


def _batches(names: list[str], workers: int) -> Iterator[list[str]]:
    """``names`` in order, in batches small enough that every worker gets several; ``-`` alone."""
    most = max(1, min(_BATCH_INPUTS, len(names) // (workers * _AHEAD_PER_WORKER)))
    batch: list[str] = []
    size = 0
    for name in names:
        if name == "-":
            if batch:
                yield batch
            yield [name]
            batch, size = [], 0
            continue
        batch.append(name)
        with contextlib.suppress(OSError):
            size += os.stat(name).st_size
        if len(batch) >= most or size >= _BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def cpu_count() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def describe(exc: BaseException) -> str:
    """What went wrong, on one line: newsparse's own errors as they are, others with their type."""
    return one_line(str(exc) if isinstance(exc, NewsparseError) else f"{type(exc).__name__}: {exc}")


def one_line(text: str) -> str:
    """``text`` with every run of white space (line breaks too) made one space."""
    return " ".join(text.split())


def warning_line(message: Warning | str, category: type[Warning]) -> str:
    """A warning on one line; its category first unless it is a :class:`UserWarning`."""
    kind = "" if issubclass(category, UserWarning) else f"{category.__name__}: "
    return f"{kind}{one_line(str(message))}"


def _trace(exc: BaseException, debug: bool) -> str | None:
    if not debug:
        return None
    import traceback  # only to show a failure's traceback: start-up does not pay for it

    return "".join(traceback.format_exception(exc))


def _size(name: str, text: str) -> int:
    """The input's size in bytes: the file's, or the text's in UTF-8 for a stream (encoded a block at a time)."""
    with contextlib.suppress(OSError):
        if name != "-" and os.path.isfile(name):
            return os.stat(name).st_size
    return sum(len(text[at : at + _BLOCK].encode("utf-8", "surrogatepass")) for at in range(0, len(text), _BLOCK))


# What each worker process parses with, set once when it starts.
_worker: tuple[Registry, Settings] | None = None


def _start_worker(registry: Registry | None, settings: Settings) -> None:
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the workers
    gc.freeze()  # what the worker inherited is never collected, so its memory stays shared with the parent
    _worker = (default_registry() if registry is None else registry, settings)


def _work(names: list[str]) -> list[Outcome]:
    assert _worker is not None, "the worker was not started by outcomes()"
    registry, settings = _worker
    return [process(name, settings, registry) for name in names]


def _pickle_compactly() -> None:
    """Send pages between processes as the values of their fields, which halves the time to send and rebuild them.

    The values are rebuilt without running attrs' validators, as unpickling an
    attrs value does anyway; only the pickling between processes is changed.
    """
    from multiprocessing.reduction import ForkingPickler

    for kind in (Span, Passage, Quote, Figure, RelatedLink, Article, Page, Outcome, Failure):
        ForkingPickler.register(kind, _reducer(tuple(field.name for field in attrs.fields(kind))))


def _reducer(names: tuple[str, ...]) -> Callable[[Any], tuple[Callable[..., Any], tuple[Any, ...]]]:
    """How to pickle a value whose fields are ``names``: the values of those fields, rebuilt by :func:`_rebuild`."""

    def reduce(value: Any) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        return _rebuild, (type(value), names, tuple(getattr(value, name) for name in names))

    return reduce


def _rebuild(kind: type[_T], names: tuple[str, ...], values: tuple[object, ...]) -> _T:
    value = object.__new__(kind)
    for name, field_value in zip(names, values, strict=True):
        object.__setattr__(value, name, field_value)
    return value


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, dropping the inputs they have not finished.

    The pool's manager thread is waited for too (it ends once it sees the workers gone): while it closes its wake-up
    pipe, the interpreter's exit may write to that pipe (CPython 3.11), and a Ctrl-C then prints an error on exit.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())  # CPython keeps them there
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join()
    if manager is not None:
        manager.join(_MANAGER_WAIT)
