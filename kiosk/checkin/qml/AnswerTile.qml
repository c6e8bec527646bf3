// One big answer: a face and a word on the answer's colour — a KioskButton. The accessible name is the word.
import QtQuick
import Kiosk

KioskButton {
    id: tile
    property string answerKey: "yes"
    corner: Theme.radius * 1.4
    fill: Theme.answerColor(answerKey)
    ink: Theme.tileInk

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
        KioskText {
            id: word
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            anchors.bottomMargin: 24 * tile.u
            width: parent.width
            text: tile.text
            u: tile.u
            size: Theme.heading
            font.bold: true
            color: tile.ink
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            Accessible.ignored: true  // said by the tile (its accessible name)
        }
    }
}
