// One big answer: a face and a word. The accessible name is the word.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

AbstractButton {
    id: tile
    property real u: 1
    property string answerKey: "yes"
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius * tile.u * 1.4
        color: Theme.answerColor(tile.answerKey)
        opacity: tile.enabled ? 1 : 0.6
        border.width: tile.visualFocus ? 8 * tile.u : 0
        border.color: Theme.focus
        scale: tile.down ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
    }
    contentItem: Item {
        Face {
            id: faceItem
            mood: tile.answerKey
            width: Math.min(parent.width * 0.7, parent.height - word.height - 40 * tile.u)
            height: width
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: word.top
            anchors.bottomMargin: 20 * tile.u
        }
        Text {
            id: word
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 24 * tile.u
            width: parent.width
            text: tile.text
            textFormat: Text.PlainText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading * tile.u
            font.bold: true
            color: Theme.tileInk
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
