// One listing in a list: its picture, when (or whether it is open), what, where, and badges. Tapping it
// opens the listing. Its accessible name is the whole card in words (`spoken`), its description the summary.
import QtQuick
import QtQuick.Controls.Basic
import Kiosk

AbstractButton {
    id: card
    property real u: 1
    property string when: ""          // "10am – 1pm", or "Open now until 4pm"
    property bool whenIsGood: false   // open now: the line is green
    property string title: ""
    property string place: ""
    property string summary: ""
    property string note: ""          // why a session is cancelled
    property bool cancelled: false
    property bool happeningNow: false
    property var dropIn: null  // true: drop in; false: book first; null/undefined: not known (no badge)
    property string price: ""
    property string photo: ""
    property string iconName: "star"
    property int tint: 0
    property string spoken: ""
    property string later: ""         // a monthly or fortnightly one's next dates: "Also on …"

    // A list keeps each card short (the whole listing is a tap away); in large text nothing is cut short.
    function lines(n) {
        return Theme.textScale > 1 ? 1000 : n
    }

    text: title
    implicitHeight: Math.max(200 * u, contentItem.implicitHeight + topPadding + bottomPadding)
    padding: 24 * u
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: spoken || title
    Accessible.description: cancelled ? "" : summary  // (the cancelled note is in `spoken`)

    background: Rectangle {
        radius: Theme.radius * card.u
        color: card.cancelled ? Theme.quiet : Theme.surface
        border.width: (Theme.highContrast ? 3 : 2) * card.u
        border.color: Theme.shadow
        scale: card.down ? 0.985 : 1
        Behavior on scale { NumberAnimation { duration: 90 } }
        FocusRing { u: card.u; shown: card.visualFocus }
    }

    // Plain positioners rather than Layouts: a list builds several of these at every tab or chip change.
    contentItem: Item {
        implicitHeight: Math.max(picture.height, info.implicitHeight)

        ListingPicture {
            id: picture
            u: card.u
            width: 176 * card.u
            height: 176 * card.u
            photo: card.photo
            iconName: card.iconName
            tint: card.tint
            opacity: card.cancelled ? 0.6 : 1
        }
        Column {
            id: info
            x: picture.width + 28 * card.u
            width: parent.width - x
            spacing: 8 * card.u

            // When, and whether it is on now: flows onto a second line when a language writes times wider (Urdu).
            Flow {
                width: info.width
                spacing: 16 * card.u
                KioskText {
                    width: Math.min(implicitWidth, info.width)
                    height: Math.max(implicitHeight, nowBadge.visible ? nowBadge.height : 0)
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    text: card.when
                    u: card.u
                    font.bold: true
                    font.strikeout: card.cancelled
                    color: card.whenIsGood ? Theme.yes : Theme.accent
                    Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
                }
                Badge {
                    id: nowBadge
                    u: card.u
                    spoken: false  // said by the card
                    visible: card.happeningNow
                    text: card.happeningNow ? qsTr("On now") : ""
                    color: Theme.accent
                    ink: Theme.accentInk
                }
                Badge {
                    u: card.u
                    spoken: false  // said by the card
                    visible: card.cancelled
                    text: card.cancelled ? qsTr("Cancelled") : ""
                    color: Theme.noticeBg
                    ink: Theme.noticeInk
                }
            }
            KioskText {
                width: info.width
                text: card.title
                u: card.u
                size: Theme.button
                font.bold: true
                font.strikeout: card.cancelled  // (said in words by the card's name: "Cancelled: …")
                wrapMode: Text.Wrap
                maximumLineCount: card.lines(3)
                elide: Text.ElideRight
                Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
            }
            KioskText {
                width: info.width
                visible: text !== ""
                text: card.place
                u: card.u
                size: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                maximumLineCount: card.lines(2)
                elide: Text.ElideRight
                Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
            }
            KioskText {
                width: info.width
                visible: text !== ""
                text: card.cancelled ? card.note : card.summary
                u: card.u
                size: Theme.small
                font.bold: card.cancelled
                wrapMode: Text.Wrap
                maximumLineCount: card.lines(2)
                elide: Text.ElideRight
                Accessible.ignored: true  // said by the card (its description, or the note in its name)
            }
            KioskText {
                objectName: "card.later"
                width: info.width
                visible: text !== ""
                text: card.cancelled ? "" : card.later
                u: card.u
                size: Theme.small
                color: Theme.inkSoft
                wrapMode: Text.Wrap
                maximumLineCount: card.lines(2)
                elide: Text.ElideRight
                Accessible.ignored: true  // said by the card (its accessible name is the whole card in words)
            }
            Flow {
                width: info.width
                topPadding: 6 * card.u
                visible: !card.cancelled
                spacing: 14 * card.u
                Badge {
                    u: card.u
                    spoken: false  // said by the card
                    visible: card.dropIn === true
                    text: card.dropIn === true ? qsTr("Just drop in — no booking") : ""
                    color: Theme.yes
                    ink: Theme.tileInk
                }
                Badge {
                    u: card.u
                    spoken: false  // said by the card
                    visible: card.dropIn === false
                    text: card.dropIn === false ? qsTr("Please book first") : ""
                    color: Theme.noticeBg
                    ink: Theme.noticeInk
                }
                Badge {
                    u: card.u
                    spoken: false  // said by the card
                    text: card.price
                }
            }
        }
    }
}
