pragma ComponentBehavior: Bound
// A simple drawn face: "yes" smiles, "not_sure" is level, "no" turns down. Decorative (the word is
// always beside it), so it is hidden from screen readers.
//
// Drawn with plain rectangles, not QtQuick.Shapes: the home screen shows three faces in its first frame, and a
// Shape there cost ≈ 6 M instructions of start-up (the Shapes plugin and three paths;
// benchmarks/startup_instructions.py). The mouth is the arc of a circle through its two corners that dips (or
// rises) by `curve`: the part of a ring on one side of the line through the corners (a clip), its ends rounded
// by a dot each.
import QtQuick

Item {
    id: face
    property string mood: "yes"
    property color fill: Theme.faceFill
    property color ink: Theme.faceInk
    Accessible.ignored: true  // decorative: the word is always beside it

    readonly property real s: Math.min(width, height)
    readonly property real ox: (width - s) / 2  // the face's square, centred in the item
    readonly property real oy: (height - s) / 2
    // How far the middle of the mouth is below its corners (above: negative), as a part of the face.
    readonly property real curve: mood === "yes" ? 0.16 : mood === "no" ? -0.12 : 0.0
    readonly property real line: s * 0.07  // the mouth's stroke
    readonly property real cornerY: oy + s * (0.66 - curve / 2)  // the corners: at 0.3 and 0.7 of the width
    readonly property real halfWidth: s * 0.2
    readonly property real sag: Math.abs(curve) * s
    // The circle through both corners and the middle: its radius, and its centre's height (above the corners
    // for a smile, below them for a frown).
    readonly property real arcRadius: sag > 0 ? (halfWidth * halfWidth + sag * sag) / (2 * sag) : 0
    readonly property real arcCentreY: curve > 0 ? cornerY + sag - arcRadius : cornerY - sag + arcRadius

    Rectangle {
        anchors.centerIn: parent
        width: face.s; height: face.s; radius: face.s / 2
        color: face.fill
    }
    // The eyes: two plain items, not a Repeater over a JavaScript array (a Repeater made and destroyed with each
    // screen keeps more of the QML engine's memory than two items do: measured for benchmarks/soak.py).
    Rectangle {
        width: face.s * 0.11; height: face.s * 0.13; radius: width / 2
        color: face.ink
        x: face.ox + face.s * 0.34 - width / 2
        y: face.oy + face.s * 0.36
    }
    Rectangle {
        width: face.s * 0.11; height: face.s * 0.13; radius: width / 2
        color: face.ink
        x: face.ox + face.s * 0.66 - width / 2
        y: face.oy + face.s * 0.36
    }
    // Level ("not sure"): a straight line with round ends.
    Rectangle {
        visible: face.curve === 0
        x: face.ox + face.s * 0.3 - face.line / 2
        y: face.cornerY - face.line / 2
        width: face.halfWidth * 2 + face.line
        height: face.line
        radius: face.line / 2
        color: face.ink
    }
    // Smile or frown: the ring's part below (smile) or above (frown) the corners' line.
    Item {
        visible: face.curve !== 0
        clip: true
        x: face.ox
        width: face.s
        y: face.curve > 0 ? face.cornerY : face.oy
        height: face.curve > 0 ? face.oy + face.s - face.cornerY : face.cornerY - face.oy
        Rectangle {
            width: 2 * face.arcRadius + face.line
            height: width
            radius: width / 2
            x: face.s / 2 - width / 2
            y: face.arcCentreY - parent.y - height / 2
            color: "transparent"
            border.width: face.line
            border.color: face.ink
        }
    }
    Rectangle {  // the round ends, at the corners
        visible: face.curve !== 0
        width: face.line; height: width; radius: width / 2
        x: face.ox + face.s * 0.3 - width / 2
        y: face.cornerY - height / 2
        color: face.ink
    }
    Rectangle {
        visible: face.curve !== 0
        width: face.line; height: width; radius: width / 2
        x: face.ox + face.s * 0.7 - width / 2
        y: face.cornerY - height / 2
        color: face.ink
    }
}
