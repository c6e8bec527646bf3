// The kiosk's one text type: every words-on-screen item is a KioskText (tests/shell/test_screens.py fails
// on a plain Text, Label, TextInput or TextEdit anywhere else). It is
// - always plain text: markup in a listing, a wall message or a translation shows as typed. A `textFormat`
//   set on a KioskText is put straight back (and the same test fails if any file sets one);
// - the theme's font at a theme size (`size`: Theme.small, body, button, heading, title, or a multiple)
//   times the window's scale `u`, grown in the visitor's large text (Theme.textSize: 1.5 times, display
//   sizes a little less), in the theme's ink unless `color` says otherwise;
// - in the accessibility tree: a Qt Quick Text is not (a screen reader hears nothing of it), so this one
//   is static text — or a heading (`heading: true`) — named by its words. Text that a control or card
//   already says in its own accessible name, and decorative glyphs, opt out with `Accessible.ignored: true`
//   and a comment saying why (tests/shell/test_accessibility.py checks every visible text on every screen).
import QtQuick

Text {
    id: label
    property real u: 1
    property real size: Theme.body
    property bool heading: false
    // How much large text may grow this text at most (the visitor's own tools keep to one row: 1.2).
    property real maxScale: 10

    textFormat: Text.PlainText
    onTextFormatChanged: if (label.textFormat !== Text.PlainText) label.textFormat = Text.PlainText
    font.family: Theme.fontFamily
    font.pixelSize: Math.min(Theme.textSize(size), size * maxScale) * u
    color: Theme.ink
    Accessible.role: heading ? Accessible.Heading : Accessible.StaticText
    Accessible.name: text
}
