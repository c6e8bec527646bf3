"""Whether every text on a screen shows whole: not elided, not taller or wider than its own box (it would run
into its neighbours), not clipped by a clipping parent, and not outside the window (below the fold of a page
that scrolls, and shows that it does, is fine: it is reached by scrolling)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRectF
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from tests.support.qmlhelpers import settle

SLACK = 1.5  # px: rounding in layouts


def shown(item: QQuickItem) -> Iterator[QQuickItem]:
    """Visible, not see-through items (Qt Virtual Keyboard's own panel left out)."""
    if not item.isVisible() or item.opacity() == 0 or item.objectName() == "keyboard":
        return
    yield item
    for child in item.childItems():
        yield from shown(child)


def scrolling_page(item: QQuickItem) -> QQuickItem | None:
    """The nearest page or list around `item` that scrolls (an interactive Flickable bigger inside than out)."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickFlickable") and parent.property("interactive") and (
                float(parent.property("contentHeight")) > parent.height() + 1
                or float(parent.property("contentWidth")) > parent.width() + 1):
            return parent
        parent = parent.parentItem()
    return None


def _clipper(item: QQuickItem) -> QQuickItem | None:
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            return parent
        parent = parent.parentItem()
    return None


def _label(item: QQuickItem) -> str:
    return f"{item.objectName() or 'text'} {str(item.property('text'))[:50]!r}"


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (inner.left() >= outer.left() - SLACK and inner.right() <= outer.right() + SLACK
            and inner.top() >= outer.top() - SLACK and inner.bottom() <= outer.bottom() + SLACK)


def _fading(window: QQuickWindow) -> list[QQuickItem]:
    """Full-window overlays half way through fading in or out (the language chooser closing, say)."""
    scene = QRectF(0, 0, window.width(), window.height())
    return [i for i in shown(window.contentItem()) if i.z() >= 50 and i.opacity() < 1
            and _inside(scene, i.mapRectToScene(i.boundingRect()))]


def cut_off_texts(window: QQuickWindow) -> list[str]:
    """What is wrong with the texts on the window now (empty when every text shows whole). An overlay still
    fading is waited for first: half faded, its texts and the screen's beneath would both be read (on a busy
    machine the fade may still run when a scene has been played)."""
    settle(window)
    for _ in range(500):  # at most ten seconds; a fade takes 140 ms when the machine is quiet
        if not _fading(window):
            break
        QTest.qWait(20)
    settle(window)
    problems: list[str] = []
    scene = QRectF(0, 0, window.width(), window.height())
    placed: list[tuple[QRectF, str, QQuickItem | None]] = []
    # A full-window overlay (the language chooser, the accessibility panel) hides the screen beneath it: only its
    # own texts are read then.
    overlays = [i for i in shown(window.contentItem()) if i.z() >= 50 and i.opacity() == 1
                and _inside(scene, i.mapRectToScene(i.boundingRect()))]
    for item in shown(overlays[-1] if overlays else window.contentItem()):
        if not item.inherits("QQuickText") or not str(item.property("text") or "").strip():
            continue
        label = _label(item)
        if item.property("truncated"):
            problems.append(f"{label}: elided or cut to fewer lines")
        content_w, content_h = float(item.property("contentWidth")), float(item.property("contentHeight"))
        if content_h > item.height() + SLACK:
            problems.append(f"{label}: {content_h:.0f} px of text in a box {item.height():.0f} px tall")
        wraps = _wraps(item)
        if content_w > item.width() + SLACK and not wraps:
            problems.append(f"{label}: {content_w:.0f} px of text in a box {item.width():.0f} px wide")
        rect = item.mapRectToScene(QRectF(0, 0, max(item.width(), content_w if not wraps else 0),
                                          max(item.height(), content_h)))
        control = _control(item)
        if control is not None:
            box = control.mapRectToScene(control.boundingRect())
            if not _inside(rect, box):
                problems.append(f"{label}: runs out of its button {control.objectName()!r}")
        clipper = _clipper(item)
        page = scrolling_page(item)
        if any(c.isalnum() for c in str(item.property("text"))) and not _in_visitor_bar(item):
            placed.append((rect, label, page))  # (a decorative glyph may sit under words: a wall card's quote mark)
        if clipper is not None and clipper is not page and (page is None or _is_within(clipper, page)):
            box = clipper.mapRectToScene(clipper.boundingRect())
            if not _inside(rect, box):
                problems.append(f"{label}: clipped by {clipper.objectName() or 'its parent'} ({rect} in {box})")
        if page is not None:
            box = page.mapRectToScene(page.boundingRect())
            sideways = rect.left() < box.left() - SLACK or rect.right() > box.right() + SLACK
            if sideways and float(page.property("contentWidth")) <= page.width() + 1:
                problems.append(f"{label}: wider than its page")
            continue
        if not _inside(rect, scene):
            problems.append(f"{label}: outside the window ({rect.x():.0f}, {rect.y():.0f}, "
                            f"{rect.width():.0f} x {rect.height():.0f})")
    for n, (rect, label, page) in enumerate(placed):
        for other, other_label, other_page in placed[n + 1:]:
            overlap = rect.intersected(other).adjusted(SLACK, SLACK, -SLACK, -SLACK)
            if page is other_page and overlap.isValid() and not overlap.isEmpty():
                problems.append(f"{label} and {other_label} overlap")
    return problems


def _in_visitor_bar(item: QQuickItem) -> bool:
    """Part of the visitor bar (language, accessibility, read aloud), which floats over the top of every visitor
    screen: where it sits is Main.qml's host block's business, not the screen's."""
    parent = item.parentItem()
    while parent is not None:
        if parent.objectName() == "visitorBar":
            return True
        parent = parent.parentItem()
    return False


def _control(item: QQuickItem) -> QQuickItem | None:
    """The button or card the text is part of, if any."""
    parent = item.parentItem()
    while parent is not None:
        if parent.inherits("QQuickAbstractButton"):
            return parent
        parent = parent.parentItem()
    return None


def _wraps(item: QQuickItem) -> bool:
    """Text.NoWrap is 0. (PySide cannot convert the enum through property().)"""
    value, undefined = QQmlExpression(QQmlEngine.contextForObject(item), item, "wrapMode").evaluate()
    return not undefined and int(value) != 0


def _is_within(item: QQuickItem, ancestor: QQuickItem) -> bool:
    parent = item.parentItem()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parentItem()
    return False
