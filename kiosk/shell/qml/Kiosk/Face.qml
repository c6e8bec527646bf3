pragma ComponentBehavior: Bound
// A simple drawn face: "yes" smiles, "not_sure" is level, "no" turns down. Decorative (the word is
// always beside it), so it is hidden from screen readers.
import QtQuick
import QtQuick.Shapes

Item {
    id: face
    property string mood: "yes"
    property color fill: Theme.faceFill
    property color ink: Theme.faceInk
    Accessible.ignored: true  // decorative: the word is always beside it

    readonly property real s: Math.min(width, height)
    readonly property real curve: mood === "yes" ? 0.16 : mood === "no" ? -0.12 : 0.0

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
        x: (face.width - face.s) / 2 + face.s * 0.34 - width / 2
        y: (face.height - face.s) / 2 + face.s * 0.36
    }
    Rectangle {
        width: face.s * 0.11; height: face.s * 0.13; radius: width / 2
        color: face.ink
        x: (face.width - face.s) / 2 + face.s * 0.66 - width / 2
        y: (face.height - face.s) / 2 + face.s * 0.36
    }
    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: face.ink
            strokeWidth: face.s * 0.07
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            readonly property real ox: (face.width - face.s) / 2
            readonly property real oy: (face.height - face.s) / 2
            startX: ox + face.s * 0.3; startY: oy + face.s * (0.66 - face.curve / 2)
            PathQuad {
                controlX: (face.width - face.s) / 2 + face.s * 0.5
                controlY: (face.height - face.s) / 2 + face.s * (0.66 + face.curve * 1.5)
                x: (face.width - face.s) / 2 + face.s * 0.7
                y: (face.height - face.s) / 2 + face.s * (0.66 - face.curve / 2)
            }
        }
    }
}
