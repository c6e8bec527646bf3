// Colours, type sizes and spacing. Every text/background pair here is checked for >= 7:1 contrast
// by tests/ui/test_theme.py. Sizes are multiplied by the window's scale `u` (1.0 at 1080 px).
pragma Singleton
import QtQuick

QtObject {
    readonly property string fontFamily: "Atkinson Hyperlegible"

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
    readonly property color focus: "#0B4F8A"

    readonly property real body: 32
    readonly property real small: 28
    readonly property real title: 64
    readonly property real heading: 52
    readonly property real button: 36
    readonly property real touch: 96       // minimum height of a main touch target
    readonly property real gap: 32
    readonly property real radius: 28

    function answerColor(key) {
        return key === "yes" ? yes : key === "not_sure" ? notSure : no
    }
}
