"""The view models QML sees as `models.<name>`, made on first use.

A feature provides a factory for a few names (`provide(("wall", "wallCompose"), make)`); the first time a
screen that needs one of them is shown (or Python asks for it: `models["wall"]`), the factory runs and every
object it returns is put into the map, so each feature's view model modules are imported only when a visitor
first opens that feature — never before the home screen's first frame. QML reads them through the shell
(`ShellViewModel.viewModels`, re-announced whenever a feature's view models are made). Thread: GUI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

Factory = Callable[[], dict[str, QObject]]


class ViewModels:
    def __init__(self, on_made: Callable[[], None] = lambda: None) -> None:
        self._on_made = on_made  # tells QML a feature's view models are there
        self._factories: dict[str, Factory] = {}
        self._made: dict[str, QObject] = {}

    def provide(self, names: Iterable[str], factory: Factory) -> None:
        for name in names:
            if name in self._factories or name in self._made:
                raise ValueError(f"two features provide the view model {name!r}")
            self._factories[name] = factory

    def add(self, name: str, model: QObject) -> None:
        """A view model made up front (the shell's own, or a feature that the home screen needs)."""
        self._made[name] = model
        self._on_made()

    def require(self, names: Iterable[str]) -> None:
        for name in names:
            if name in self._made:
                continue
            factory = self._factories.get(name)
            if factory is None:
                raise KeyError(f"no feature provides the view model {name!r}")
            made = factory()
            for key in [k for k, f in self._factories.items() if f is factory]:
                del self._factories[key]
            for key, model in made.items():
                self.add(key, model)

    def made(self) -> dict[str, QObject]:
        """The view models made so far (for an orderly shutdown)."""
        return dict(self._made)

    def __getitem__(self, name: str) -> QObject:
        self.require((name,))
        return self._made[name]

    def __contains__(self, name: object) -> bool:
        return name in self._made or name in self._factories
