// Colours, type sizes and spacing, in two palettes: the warm everyday one and high contrast (the visitor's
// accessibility panel). `pick(everyday, highContrast)` gives each colour in both; every text/background pair is
// checked for >= 7:1 contrast in each palette by tests/shell/test_theme.py. Sizes are multiplied by the window's
// scale `u` (1.0 at 1080 px); text sizes by `textScale` too (1.5 in large text). Main.qml sets `highContrast` and
// `textScale` from the visitor's modes (kiosk/shell/access_modes.py).
pragma Singleton
import QtQuick

QtObject {
    property bool highContrast: false
    property real textScale: 1

    function pick(everyday, contrast) {
        return highContrast ? contrast : everyday
    }

    readonly property string fontFamily: "Atkinson Hyperlegible"
    // The order Qt falls back through for a letter the first font lacks: Latin, then Cyrillic, then Arabic
    // script (Arabic and Urdu). kiosk/shell/fonts.py sets it as Qt's substitution list for fontFamily, so
    // every text set in fontFamily follows it; tests/shell/test_fonts.py keeps the two the same.
    readonly property var fontFamilies: ["Atkinson Hyperlegible", "Noto Sans", "Noto Naskh Arabic"]

    readonly property color background: pick("#FBF4EA", "#FFFFFF")   // warm paper / white
    readonly property color surface: pick("#FFFFFF", "#FFFFFF")
    readonly property color ink: pick("#2B1D14", "#000000")          // main text
    readonly property color inkSoft: pick("#4D3B2F", "#141414")      // secondary text
    readonly property color accent: pick("#8A3B12", "#000000")       // the big door: deep terracotta / black
    readonly property color accentInk: pick("#FFFFFF", "#FFE94D")    // white / yellow on black
    readonly property color yes: pick("#1D5C3A", "#003D1C")          // deep green
    readonly property color notSure: pick("#6E4A0E", "#402800")      // deep amber
    readonly property color no: pick("#4A3A6E", "#25164A")           // deep plum
    readonly property color tileInk: pick("#FFFFFF", "#FFFFFF")
    readonly property color quiet: pick("#EFE4D4", "#FFE94D")        // quiet buttons (Back, Skip): yellow in contrast
    readonly property color quietInk: pick("#2B1D14", "#000000")
    readonly property color noticeBg: pick("#FFF1C7", "#FFE94D")
    readonly property color noticeInk: pick("#3A2A00", "#000000")
    readonly property color faceFill: pick("#FFD98A", "#FFE94D")     // decorative, not text
    readonly property color faceInk: pick("#2B1D14", "#000000")
    readonly property color blobA: pick("#F6D9C2", "#FFFFFF")        // decorative background shapes (none in contrast)
    readonly property color blobB: pick("#DCE8D5", "#FFFFFF")
    readonly property color shadow: pick("#E6D8C5", "#000000")       // decorative card shadow (the wall), not text
    readonly property color cardWarm: pick("#FDEEE2", "#FFF7B8")     // wall cards (with surface)
    readonly property color cardSage: pick("#EEF4EA", "#FFFFFF")
    readonly property color quoteInk: pick("#7A3210", "#000000")     // the quote mark on wall cards
    readonly property color focus: pick("#0B4F8A", "#0000D6")        // the focus ring (keys and switches)
    // A listing's picture when it has no photo: its category icon (ink) on one of these warm tints.
    readonly property color tintSand: pick("#F3E3B8", "#FFF7B8")
    readonly property color tintLavender: pick("#E2DCEF", "#FFFFFF")
    readonly property color tintSky: pick("#D5E5EC", "#FFFFFF")
    readonly property color tintRose: pick("#F1D5D3", "#FFF7B8")

    readonly property real body: 32
    readonly property real small: 28
    readonly property real title: 64
    readonly property real heading: 52
    readonly property real button: 36
    readonly property real touch: 96       // minimum height of a main touch target
    readonly property real gap: 32
    readonly property real radius: 28
    // Controls' own border (high contrast outlines every control in ink) and the focus ring, times u.
    readonly property real controlBorder: highContrast ? 3 : 0
    readonly property color controlBorderInk: ink
    readonly property real focusWidth: highContrast ? 10 : 6

    // A text's pixel size (before `u`) for a theme size: text up to 40 px grows by the whole `textScale` (1.5 in
    // large text); display text above that, already large, grows by half as much (a 64 px title to 80 px), so a
    // large-text screen still fits and keeps its hierarchy. Never smaller than 40 px text grown in full.
    function textSize(size) {
        return size <= 40 ? size * textScale : Math.max(40 * textScale, size * (1 + (textScale - 1) / 2))
    }

    function tint(i) {
        return [blobA, blobB, tintSand, tintLavender, tintSky, tintRose][Math.abs(i) % 6]
    }

    function answerColor(key) {
        return key === "yes" ? yes : key === "not_sure" ? notSure : no
    }
}
