pragma ComponentBehavior: Bound
// The kindness wall: visitors' approved thank-you notes as large, calm cards, pinned first then newest.
// Flick to scroll; left alone, it pages on gently by itself. Pages of cards load as the list nears its end
// (models.wall.cards fetches more from the store), so a wall of thousands scrolls like a wall of ten.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "wall"
    required property var shell
    required property var models
    required property var root
    readonly property var wall: models.wall
    readonly property real u: root.u
    readonly property bool landscape: width > height

    GridLayout {
        anchors.fill: parent
        anchors.margins: 64 * view.u
        anchors.topMargin: (view.landscape ? 16 : 64) * view.u  // (the visitor's tools strip is above)
        anchors.bottomMargin: (view.landscape ? 32 : 48) * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 64 * view.u
        rowSpacing: 36 * view.u

        ColumnLayout {
            Layout.fillWidth: !view.landscape
            Layout.preferredWidth: view.landscape ? (Theme.textScale > 1 ? 820 : 600) * view.u : -1  // (large text: wider)
            Layout.fillHeight: view.landscape
            spacing: (Theme.textScale > 1 ? 12 : 24) * view.u

            KioskText {
                objectName: "wall.title"
                heading: true
                text: qsTr("Kindness wall")
                u: view.u
                size: Theme.title
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskText {
                text: qsTr("Thank-you notes from people who visit us. Noticed some kindness today? Add yours.")
                u: view.u
                color: Theme.inkSoft
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                lineHeight: 1.15
            }
            KioskText {
                objectName: "wall.count"
                visible: view.wall.cards.total > 0
                text: qsTr("Thank-you notes on the wall: %1").arg(view.wall.cards.total)
                u: view.u
                font.bold: true
                color: Theme.quoteInk
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillHeight: true; visible: view.landscape }
            GridLayout {
                Layout.fillWidth: true
                columns: view.landscape ? 1 : 2
                columnSpacing: 28 * view.u
                rowSpacing: 28 * view.u
                KioskButton {
                    objectName: "wall.write"
                    u: view.u
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.max((Theme.textScale > 1 ? 96 : 128) * view.u, implicitHeight)
                    text: qsTr("Write a message")
                    subtitle: qsTr("It takes a minute")
                    onClicked: view.wall.write()
                }
                KioskButton {
                    objectName: "wall.back"
                    u: view.u
                    Layout.fillWidth: view.landscape
                    Layout.preferredWidth: view.landscape ? -1 : Math.max(340 * view.u, implicitWidth)
                    Layout.preferredHeight: Math.max(128 * view.u, implicitHeight)
                    Layout.alignment: Qt.AlignTop
                    fill: Theme.quiet
                    ink: Theme.quietInk
                    text: qsTr("Back to the start")
                    onClicked: view.shell.goHome()
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: board
                objectName: "wall.board"
                anchors.fill: parent
                clip: true
                // The model is set once the screen exists, and there is no cache buffer: delegates are then
                // made in step with the frames, never left half-made when the screen is swapped for another.
                property bool ready: false
                model: ready ? view.wall.cards : null
                Component.onCompleted: Qt.callLater(() => { board.ready = true })
                spacing: 36 * view.u
                reuseItems: true
                cacheBuffer: 0
                flickDeceleration: 1400
                maximumFlickVelocity: 5000 * view.u
                boundsBehavior: Flickable.StopAtBounds
                topMargin: 8 * view.u
                bottomMargin: 24 * view.u
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Messages on the wall")

                delegate: Item {
                    id: slot
                    required property int index
                    required property string text
                    required property string when
                    required property bool pinned
                    width: board.width
                    height: card.height
                    // Landscape: cards sit a little left or right in turn, like notes on a board.
                    readonly property real shift: view.landscape ? (index % 2 === 0 ? 0 : board.width * 0.08) : 0
                    WallCard {
                        id: card
                        u: view.u
                        x: slot.shift + 6 * view.u
                        width: slot.width - (view.landscape ? board.width * 0.08 : 0) - 14 * view.u
                        height: implicitHeight
                        message: slot.text
                        when: slot.when
                        pinned: slot.pinned
                        tint: slot.index
                    }
                }

                // Paging by itself: every few seconds without a touch, a gentle glide of most of a screen;
                // after a while, back to the newest.
                property int glides: 0
                NumberAnimation {
                    id: glide
                    target: board
                    property: "contentY"
                    duration: 1800
                    easing.type: Easing.InOutCubic
                }
                SequentialAnimation {
                    id: backToTop
                    NumberAnimation { target: board; property: "opacity"; to: 0; duration: 500 }
                    ScriptAction { script: { board.positionViewAtBeginning(); board.glides = 0 } }
                    NumberAnimation { target: board; property: "opacity"; to: 1; duration: 700 }
                }
                Timer {
                    objectName: "wall.pager"
                    interval: 9000
                    repeat: true
                    running: board.count > 1 && !board.moving && !board.dragging && !glide.running
                             && !backToTop.running
                    onTriggered: {
                        const end = board.originY + board.contentHeight + board.bottomMargin - board.height
                        if (board.atYEnd || board.glides >= 24) {
                            backToTop.start()
                        } else {
                            glide.from = board.contentY
                            glide.to = Math.min(end, board.contentY + board.height * 0.62)
                            board.glides += 1
                            glide.start()
                        }
                    }
                }
                onDraggingChanged: if (dragging) glide.stop()
            }

            KioskText {
                objectName: "wall.empty"
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: view.wall.cards.loaded && board.ready && board.count === 0
                text: qsTr("No messages on the wall yet. Be the first to thank someone!")
                u: view.u
                size: Theme.heading * 0.8
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
