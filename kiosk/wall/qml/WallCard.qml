// One message on the kindness wall: a large, calm card. The visitor's words are always plain text.
import QtQuick
import Kiosk

Rectangle {
    id: card
    property real u: 1
    property string message: ""
    property string when: ""
    property bool pinned: false
    property int tint: 0
    property real textSize: 44
    property int maxLines: 0  // 0: as many as it takes

    implicitHeight: column.implicitHeight + 2 * pad
    readonly property real pad: 40 * u
    radius: Theme.radius * u
    color: tint % 3 === 0 ? Theme.surface : tint % 3 === 1 ? Theme.cardWarm : Theme.cardSage
    Accessible.role: Accessible.StaticText
    Accessible.name: message

    Rectangle {  // a soft shadow, decorative
        z: -1
        x: 6 * card.u
        y: 8 * card.u
        width: card.width
        height: card.height
        radius: card.radius
        color: Theme.shadow
    }

    Column {
        id: column
        x: card.pad
        y: card.pad
        width: card.width - 2 * card.pad
        spacing: 12 * card.u

        Item {
            width: parent.width
            height: Math.max(44 * card.u, card.pinned ? pinnedBadge.height : 0)  // (a taller script, large text)
            KioskText {  // a large opening quote mark, decorative (translators use their language's: „ « 「)
                //: The opening quotation mark, drawn large at the top of each wall message
                text: qsTr("“")
                u: card.u
                size: 120
                font.bold: true
                color: Theme.quoteInk
                y: -30 * card.u
                Accessible.ignored: true  // decorative
            }
            Rectangle {
                id: pinnedBadge
                visible: card.pinned
                anchors.right: parent.right
                height: pinnedLabel.implicitHeight + 12 * card.u
                width: pinnedLabel.implicitWidth + 36 * card.u
                radius: height / 2
                color: Theme.accent
                KioskText {
                    id: pinnedLabel
                    anchors.centerIn: parent
                    text: qsTr("Pinned by staff")
                    u: card.u
                    size: Theme.small
                    font.bold: true
                    color: Theme.accentInk
                }
            }
        }
        KioskText {
            width: parent.width
            text: card.message
            u: card.u
            size: card.textSize
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            lineHeight: 1.15
            maximumLineCount: card.maxLines > 0 ? card.maxLines : 1000
            elide: Text.ElideRight
            Accessible.ignored: true  // said by the card (its accessible name)
        }
        KioskText {
            width: parent.width
            visible: card.when !== ""
            text: card.when
            u: card.u
            size: Theme.small
            color: Theme.inkSoft
        }
    }
}
