pragma ComponentBehavior: Bound
// Staff: the kindness wall's messages. "Waiting" (with what the filter noticed, in words) to approve, pin or
// reject; "On the wall" to pin or hide later; "Taken down" to show again. Visitors never see this screen.
import QtQuick
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "wall.moderate"
    required property var shell
    required property var models
    required property var root
    readonly property var mod: models.wallModeration
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property var current: mod.tab === "waiting" ? mod.waiting
                                   : mod.tab === "approved" ? mod.approved : mod.hidden

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 64 * view.u
        spacing: 28 * view.u

        RowLayout {
            Layout.fillWidth: true
            spacing: 28 * view.u
            KioskText {
                text: qsTr("Kindness wall messages")
                heading: true
                u: view.u
                size: Theme.heading
                font.bold: true
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            KioskButton {
                objectName: "wall.mod.back"
                u: view.u
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Staff tools")
                onClicked: view.mod.backToStaff()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 20 * view.u
            Repeater {
                model: [
                    { key: "waiting", label: qsTr("Waiting (%1)").arg(view.mod.waiting.count) },
                    { key: "approved", label: qsTr("On the wall") },
                    { key: "hidden", label: qsTr("Taken down") }
                ]
                KioskButton {
                    required property var modelData
                    objectName: "wall.mod.tab." + modelData.key
                    u: view.u
                    Layout.fillWidth: true
                    fill: view.mod.tab === modelData.key ? Theme.accent : Theme.quiet
                    ink: view.mod.tab === modelData.key ? Theme.accentInk : Theme.quietInk
                    text: modelData.label
                    onClicked: view.mod.setTab(modelData.key)
                }
            }
        }

        KioskText {
            objectName: "wall.mod.message"
            visible: text !== ""
            text: view.mod.message
            u: view.u
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "wall.mod.list"
                anchors.fill: parent
                clip: true
                spacing: 24 * view.u
                cacheBuffer: 0
                property bool ready: false  // the model comes once the screen exists (see WallView)
                model: ready ? view.current : null
                Component.onCompleted: Qt.callLater(() => { list.ready = true })
                boundsBehavior: Flickable.StopAtBounds
                delegate: Rectangle {
                    id: item
                    required property var model
                    required property int index
                    readonly property string messageId: model.messageId !== undefined ? model.messageId : model.cardId
                    readonly property string flags: model.flags !== undefined ? model.flags : ""
                    property string asking: ""  // "reject" or "hide" while a reason is chosen
                    width: list.width
                    height: body.implicitHeight + 56 * view.u
                    radius: Theme.radius * view.u
                    color: Theme.surface
                    border.color: Theme.quiet
                    border.width: 3 * view.u

                    ColumnLayout {
                        id: body
                        x: 28 * view.u
                        y: 28 * view.u
                        width: parent.width - 56 * view.u
                        spacing: 16 * view.u

                        KioskText {
                            text: item.model.text
                            u: view.u
                            size: Theme.body * 1.15
                            Layout.fillWidth: true
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        }
                        KioskText {
                            text: item.model.pinned ? qsTr("%1 · %2 · pinned").arg(item.model.when).arg(item.model.kiosk)
                                                    : qsTr("%1 · %2").arg(item.model.when).arg(item.model.kiosk)
                            u: view.u
                            size: Theme.small
                            color: Theme.inkSoft
                            Layout.fillWidth: true
                        }
                        Rectangle {
                            visible: item.flags !== ""
                            Layout.fillWidth: true
                            Layout.preferredHeight: flagText.implicitHeight + 24 * view.u
                            radius: 16 * view.u
                            color: Theme.noticeBg
                            KioskText {
                                id: flagText
                                x: 20 * view.u
                                y: 12 * view.u
                                width: parent.width - 40 * view.u
                                text: qsTr("The filter noticed: %1").arg(item.flags)
                                u: view.u
                                size: Theme.small
                                color: Theme.noticeInk
                                wrapMode: Text.WordWrap
                            }
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 20 * view.u
                            visible: item.asking === ""
                            KioskButton {
                                objectName: "wall.mod.approve." + item.index
                                visible: view.mod.tab === "waiting"
                                u: view.u
                                text: qsTr("Approve")
                                enabled: !view.mod.busy
                                onClicked: view.mod.approve(item.messageId)
                            }
                            KioskButton {
                                objectName: "wall.mod.reject." + item.index
                                visible: view.mod.tab === "waiting"
                                u: view.u
                                fill: Theme.quiet
                                ink: Theme.quietInk
                                text: qsTr("Reject")
                                enabled: !view.mod.busy
                                onClicked: item.asking = "reject"
                            }
                            KioskButton {
                                objectName: "wall.mod.approvePin." + item.index
                                visible: view.mod.tab === "waiting"
                                u: view.u
                                fill: Theme.quiet
                                ink: Theme.quietInk
                                text: qsTr("Approve and pin")
                                enabled: !view.mod.busy
                                onClicked: view.mod.approveAndPin(item.messageId)
                            }
                            KioskButton {
                                objectName: "wall.mod.pin." + item.index
                                visible: view.mod.tab === "approved"
                                u: view.u
                                fill: Theme.quiet
                                ink: Theme.quietInk
                                text: item.model.pinned ? qsTr("Unpin") : qsTr("Pin to the top")
                                enabled: !view.mod.busy
                                onClicked: view.mod.pin(item.messageId, !item.model.pinned)
                            }
                            KioskButton {
                                objectName: "wall.mod.hide." + item.index
                                visible: view.mod.tab === "approved"
                                u: view.u
                                fill: Theme.quiet
                                ink: Theme.quietInk
                                text: qsTr("Hide")
                                enabled: !view.mod.busy
                                onClicked: item.asking = "hide"
                            }
                            KioskButton {
                                objectName: "wall.mod.unhide." + item.index
                                visible: view.mod.tab === "hidden"
                                u: view.u
                                text: qsTr("Show on the wall again")
                                enabled: !view.mod.busy
                                onClicked: view.mod.unhide(item.messageId)
                            }
                        }
                        KioskText {
                            visible: item.asking !== ""
                            text: item.asking === "reject" ? qsTr("Why is it not going on the wall?")
                                                           : qsTr("Why is it coming down?")
                            u: view.u
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 20 * view.u
                            visible: item.asking !== ""
                            Repeater {
                                model: view.mod.reasons
                                KioskButton {
                                    required property string key
                                    required property string label
                                    objectName: "wall.mod.reason." + key + "." + item.index
                                    u: view.u
                                    fill: Theme.quiet
                                    ink: Theme.quietInk
                                    text: label
                                    enabled: !view.mod.busy
                                    onClicked: {
                                        if (item.asking === "reject") view.mod.reject(item.messageId, key)
                                        else view.mod.hide(item.messageId, key)
                                        item.asking = ""
                                    }
                                }
                            }
                            KioskButton {
                                objectName: "wall.mod.cancel." + item.index
                                u: view.u
                                fill: Theme.surface
                                ink: Theme.ink
                                text: qsTr("Cancel")
                                onClicked: item.asking = ""
                            }
                        }
                    }
                }
            }
            KioskText {
                objectName: "wall.mod.empty"
                anchors.centerIn: parent
                width: parent.width * 0.8
                visible: list.ready && list.count === 0
                text: view.mod.tab === "waiting" ? qsTr("Nothing is waiting. All caught up!")
                      : view.mod.tab === "approved" ? qsTr("No messages are on the wall yet.")
                      : qsTr("No messages have been taken down.")
                u: view.u
                color: Theme.inkSoft
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }
    }
}
