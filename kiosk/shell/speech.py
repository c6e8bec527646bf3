"""The kiosk's voice: Qt TextToSpeech on speech-dispatcher ("speechd" engine, espeak-ng behind it), made on
first use and kept on its own thread.

`Speech.say(text, language)` reads text aloud in the voice chosen for a kiosk language
(kiosk.shell.read_aloud.choose_voice); `stop()` stops it. Speech goes to the system's default audio output —
on a kiosk, the headphone jack (ADA 707, and the EAA's private listening for self-service terminals).

Nothing here is made before it is needed: PySide6.QtTextToSpeech is imported, and the engine made, the first
time something is said or the voices are asked for (`open`). Making the engine costs more than a second here
(speech-dispatcher lists espeak-ng's ~13,000 voices and variants, and libspeechd parses them), so the engine
lives on a thread of its own, `kiosk-speech`, and the screen never waits for it: calls go to it as queued
signals, in order, and its state comes back the same way. Qt's speechd engine delivers speech-dispatcher's
events to the thread its object lives on, which has its own event loop here.

States (`state`): "off" (not made yet), "opening", "ready", "speaking", and "broken" (no engine: the
speechd plugin or speech-dispatcher is missing, or it cannot be reached). `stateChanged` passes on each
report, and "silent" when asked to say something in a language that has no voice. `voiced` is the kiosk languages
that have a voice, known once open. Thread: `Speech` on the GUI thread, `_Engine` on `kiosk-speech`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import socket
import subprocess
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from kiosk.shell.read_aloud import Voice, voiced

log = logging.getLogger(__name__)
ENGINE = "speechd"  # never "mock": the kiosk reads aloud with a real engine or says it cannot


def _speechd_socket() -> str | None:
    """The unix socket libspeechd will connect to (SPEECHD_ADDRESS, else the per-user default); None for an inet
    address (not checked here)."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return address.removeprefix("unix_socket:")
    if address:
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR") or os.path.expanduser("~/.cache")
    return os.path.join(runtime, "speech-dispatcher", "speechd.sock")


def _answers(path: str, timeout: float = 8.0) -> bool:
    """Whether speech-dispatcher on `path` answers a voice list (SSIP `LIST SYNTHESIS_VOICES`) within `timeout`:
    the question Qt's engine asks first, here asked where a dispatcher that never answers costs only the wait."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(timeout)
        probe.connect(path)
        probe.sendall(b"LIST SYNTHESIS_VOICES\r\n")
        deadline = time.monotonic() + timeout
        seen = b""
        while time.monotonic() < deadline:
            chunk = probe.recv(65536)
            if not chunk:
                return False
            seen = (seen + chunk)[-4096:]
            final = re.search(rb"(?:^|\n)(\d{3}) ", seen)  # SSIP's last line: code, space, words
            if final:
                return final.group(1).startswith(b"2")
    return False


def _dispatcher_reachable() -> bool:
    """Whether speech-dispatcher answers, starting the user's own (`--spawn`, bounded in time) when no address is set.
    Asked in Python first because libspeechd's connect, autospawn and first questions block inside Qt's engine
    while holding the interpreter lock: a dispatcher that never answers would freeze the whole kiosk."""
    path = _speechd_socket()
    if path is None or _answers(path):
        return True
    if "SPEECHD_ADDRESS" in os.environ:
        return False
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        subprocess.run(["speech-dispatcher", "--spawn"], timeout=10, check=False, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _answers(path)


class _Engine(QObject):
    """The QTextToSpeech object and the chosen voices. Lives on the `kiosk-speech` thread."""

    opened = Signal(dict)  # language → the name of its voice, for the languages with one ({}: no engine)
    stateChanged = Signal(str)  # "ready", "speaking", "broken", or "silent" (asked to say, but no voice)

    def __init__(self, languages: Sequence[str]) -> None:
        super().__init__()
        self._languages = tuple(languages)
        self._tts: Any = None  # QTextToSpeech, once open
        self._voices: dict[str, Any] = {}  # language → QVoice

    @Slot()
    def open(self) -> None:
        if self._tts is not None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        if ENGINE not in QTextToSpeech.availableEngines():
            log.warning("no %r text-to-speech plugin: Read to me is off", ENGINE)
            self._broken()
            return
        if not _dispatcher_reachable():
            log.warning("speech-dispatcher cannot be reached (nor started): Read to me is off")
            self._broken()
            return
        tts = QTextToSpeech(ENGINE, self)
        # An engine made while the kiosk's language has no voice reports Error ("Failed to initialize default
        # locale and voice") yet lists its voices and speaks in any of them: only no voices at all is broken.
        if tts.state() == QTextToSpeech.State.Error and not tts.availableLocales():
            log.warning("the speech engine did not start (%s): is speech-dispatcher installed?", tts.errorString())
            tts.deleteLater()
            self._broken()
            return
        offered: dict[Voice, Any] = {}
        for locale in tts.availableLocales():
            for voice in tts.allVoices(locale):
                offered.setdefault(Voice(voice.name(), voice.locale().name()), voice)
        chosen = voiced(self._languages, offered)
        self._voices = {code: offered[v] for code, v in chosen.items() if v is not None}
        log.info("speech voices: %s", {code: v.name if v else None for code, v in chosen.items()})
        self._tts = tts
        tts.stateChanged.connect(self._state)
        self.opened.emit({code: voice.name() for code, voice in self._voices.items()})
        self.stateChanged.emit("ready")

    def _broken(self) -> None:
        self.opened.emit({})
        self.stateChanged.emit("broken")

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        self.open()
        voice = self._voices.get(language)
        if self._tts is None or voice is None:
            self.stateChanged.emit("silent" if self._tts is not None else "broken")
            return
        if self._tts.state() != self._tts.State.Ready:
            self._tts.stop()
        if voice != self._tts.voice():  # each change is a round trip to speech-dispatcher: only when it changes
            self._tts.setLocale(voice.locale())
            self._tts.setVoice(voice)
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    @Slot()
    def shut(self) -> None:
        """Deletes the engine on its own thread and ends the thread."""
        if self._tts is not None:
            import shiboken6

            self._tts.stop()
            shiboken6.delete(self._tts)
            self._tts = None
        thread = self.thread()
        if thread is not None:
            thread.quit()

    @Slot(object)
    def _state(self, state: Any) -> None:
        name = getattr(state, "name", str(state))
        self.stateChanged.emit({"Speaking": "speaking", "Synthesizing": "speaking",
                                "Error": "broken"}.get(name, "ready"))


class Speech(QObject):
    """Says text in a kiosk language's voice; made cheaply, the engine and its thread on first use."""

    stateChanged = Signal(str)
    voicesChanged = Signal()
    _open = Signal()
    _say = Signal(str, str)
    _stop = Signal()
    _shut = Signal()

    def __init__(self, languages: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._languages = tuple(languages)
        self._thread: QThread | None = None
        self._engine: _Engine | None = None
        self._state = "off"
        self._voices: dict[str, str] | None = None

    @property
    def state(self) -> str:
        return self._state

    @property
    def voiced(self) -> tuple[str, ...] | None:
        """The kiosk languages with a voice; None until the engine is open."""
        return None if self._voices is None else tuple(self._voices)

    @property
    def voices(self) -> dict[str, str]:
        """Each kiosk language with a voice → that voice's name ("English (Great Britain)"); empty until open."""
        return dict(self._voices or {})

    def open(self) -> None:
        """Starts the engine on its thread (once); `voicesChanged` when the voices are known."""
        if self._thread is not None:
            return
        thread = QThread()
        thread.setObjectName("kiosk-speech")
        engine = _Engine(self._languages)
        engine.moveToThread(thread)
        self._open.connect(engine.open)
        self._say.connect(engine.say)
        self._stop.connect(engine.stop)
        self._shut.connect(engine.shut)
        engine.opened.connect(self._opened)
        engine.stateChanged.connect(self._changed)
        self._thread, self._engine = thread, engine
        thread.start()
        self._changed("opening")
        self._open.emit()

    def say(self, text: str, language: str) -> None:
        self.open()
        self._say.emit(text, language)

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.emit()

    def close(self) -> None:
        """Stops speaking and ends the thread (waits a few seconds at most)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._shut.emit()
        if not thread.wait(5000):
            log.warning("the speech thread did not end in 5 s")
        self._engine = None

    @Slot(dict)
    def _opened(self, voices: dict[str, str]) -> None:
        self._voices = dict(voices)
        self.voicesChanged.emit()

    @Slot(str)
    def _changed(self, state: str) -> None:
        """Every report is passed on ("ready" after "ready" too: a request that said nothing ends with one)."""
        self._state = "ready" if state == "silent" else state
        self.stateChanged.emit(state)
