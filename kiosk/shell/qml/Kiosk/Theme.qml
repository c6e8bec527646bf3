// Colours, type sizes and spacing. Every text/background pair here is checked for >= 7:1 contrast
// by tests/shell/test_theme.py. Sizes are multiplied by the window's scale `u` (1.0 at 1080 px).
pragma Singleton
import QtQuick

QtObject {
    readonly property string fontFamily: "Atkinson Hyperlegible"
    // The order Qt falls back through for a letter the first font lacks: Latin, then Cyrillic, then Arabic
    // script (Arabic and Urdu). kiosk/shell/fonts.py sets it as Qt's substitution list for fontFamily, so
    // every text set in fontFamily follows it; tests/shell/test_fonts.py keeps the two the same.
    readonly property var fontFamilies: ["Atkinson Hyperlegible", "Noto Sans", "Noto Naskh Arabic"]

    readonly property color background: "#FBF4EA"   // warm paper
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#2B1D14"          // main text
    readonly property color inkSoft: "#4D3B2F"      // secondary text
    readonly property color accent: "#8A3B12"       // the big door: deep terracotta
    readonly property color accentInk: "#FFFFFF"
    readonly property color yes: "#1D5C3A"          // deep green
    readonly property color notSure: "#6E4A0E"      // deep amber
    readonly property color no: "#4A3A6E"           // deep plum
    readonly property color tileInk: "#FFFFFF"
    readonly property color quiet: "#EFE4D4"        // quiet buttons (Back, Skip)
    readonly property color quietInk: "#2B1D14"
    readonly property color noticeBg: "#FFF1C7"
    readonly property color noticeInk: "#3A2A00"
    readonly property color faceFill: "#FFD98A"     // decorative, not text
    readonly property color faceInk: "#2B1D14"
    readonly property color blobA: "#F6D9C2"        // decorative background shapes
    readonly property color blobB: "#DCE8D5"
    readonly property color shadow: "#E6D8C5"       // decorative card shadow (the wall), not text
    readonly property color cardWarm: "#FDEEE2"     // wall cards (with surface)
    readonly property color cardSage: "#EEF4EA"
    readonly property color quoteInk: "#7A3210"     // the quote mark on wall cards
    readonly property color focus: "#0B4F8A"
    // A listing's picture when it has no photo: its category icon (ink) on one of these warm tints.
    readonly property color tintSand: "#F3E3B8"
    readonly property color tintLavender: "#E2DCEF"
    readonly property color tintSky: "#D5E5EC"
    readonly property color tintRose: "#F1D5D3"

    readonly property real body: 32
    readonly property real small: 28
    readonly property real title: 64
    readonly property real heading: 52
    readonly property real button: 36
    readonly property real touch: 96       // minimum height of a main touch target
    readonly property real gap: 32
    readonly property real radius: 28

    function tint(i) {
        return [blobA, blobB, tintSand, tintLavender, tintSky, tintRose][Math.abs(i) % 6]
    }

    function answerColor(key) {
        return key === "yes" ? yes : key === "not_sure" ? notSure : no
    }
}
