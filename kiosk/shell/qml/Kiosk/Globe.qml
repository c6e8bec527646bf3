// A small globe drawn in lines (the sign for "language" on kiosks and phones); decorative: the button around it
// has the words. It is round and symmetric, so it needs no mirroring.
import QtQuick

Item {
    id: globe
    property color ink: Theme.ink
    readonly property real line: Math.max(2, width * 0.075)
    Accessible.ignored: true  // decorative: the button or heading beside it says "language" in words

    Rectangle {  // the outline
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.width: globe.line
        border.color: globe.ink
    }
    Rectangle {  // the meridian
        anchors.centerIn: parent
        width: parent.width * 0.46
        height: parent.height
        radius: width / 2
        color: "transparent"
        border.width: globe.line
        border.color: globe.ink
    }
    Rectangle {  // the equator
        anchors.centerIn: parent
        width: parent.width
        height: globe.line
        color: globe.ink
    }
    Rectangle {  // a line of latitude above the equator
        anchors.horizontalCenter: parent.horizontalCenter
        y: parent.height * 0.25 - height / 2
        width: parent.width * 0.82
        height: globe.line
        color: globe.ink
    }
    Rectangle {  // and one below
        anchors.horizontalCenter: parent.horizontalCenter
        y: parent.height * 0.75 - height / 2
        width: parent.width * 0.82
        height: globe.line
        color: globe.ink
    }
}
