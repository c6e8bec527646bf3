pragma ComponentBehavior: Bound
// One listing: photo, what, when, where, who runs it, what it costs, who it is for, access and languages —
// and a QR code to take it away (the listing's web page, or its details as text), or, for an activity with a
// session to come, a second one that adds that session to the phone's calendar (an iCalendar event).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

Item {
    id: view
    objectName: "listing"
    required property var shell
    required property var models
    required property var root
    readonly property var whatson: models.whatson
    readonly property var detail: whatson.detail
    readonly property real u: root.u
    readonly property bool landscape: width > height
    readonly property real sideWidth: (Theme.textScale > 1 ? 760 : 600) * u  // (large text: a wider side column)
    // "Add to my calendar" chosen: the id of the listing it was chosen on, so another listing starts with
    // "Take this with you" again, while a change of language (a new detail, the same listing) keeps the choice.
    property string calendarFor: ""
    readonly property bool calendarShown: view.detail.hasCalendar === true && calendarFor !== ""
                                          && calendarFor === (view.detail.id || "")

    component Heading: KioskText {
        heading: true
        Layout.fillWidth: true
        Layout.topMargin: 20 * view.u
        u: view.u
        size: Theme.button * 1.1
        font.bold: true
        wrapMode: Text.WordWrap
    }
    // One of the two take-away choices: a big toggle button, filled and ticked when chosen; a screen reader hears
    // whether it is checked.
    component TakeawayChoice: KioskButton {
        property bool chosen: false
        property string label: ""
        text: (chosen ? "✓ " : "") + label  // chosen is said by more than colour
        u: view.u
        Layout.fillWidth: true
        Layout.preferredWidth: 1  // the two share the width equally
        Layout.minimumHeight: Theme.touch * view.u
        implicitWidth: 200 * view.u
        fill: chosen ? Theme.accent : Theme.quiet
        ink: chosen ? Theme.accentInk : Theme.quietInk
        Accessible.role: Accessible.Button  // a toggle button (checkable, checked when chosen), as the category chips
        Accessible.name: label
        Accessible.checkable: true
        Accessible.checked: chosen
    }
    component Body: KioskText {
        Layout.fillWidth: true
        visible: text !== ""
        u: view.u
        wrapMode: Text.Wrap
        lineHeight: 1.12
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: 56 * view.u
        columns: view.landscape ? 2 : 1
        columnSpacing: 56 * view.u
        rowSpacing: 28 * view.u

        Flickable {
            id: page
            objectName: "listing.page"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: content.implicitHeight + 24 * view.u
            clip: true
            flickDeceleration: 1400
            maximumFlickVelocity: 5000 * view.u
            boundsBehavior: Flickable.StopAtBounds
            ScrollIndicator.vertical: ScrollHint { u: view.u }

            ColumnLayout {
                id: content
                width: page.width - 32 * view.u
                spacing: 16 * view.u

                ListingPicture {
                    id: picture
                    objectName: "listing.photo"
                    u: view.u
                    Layout.fillWidth: true
                    // a photo gets room; the category icon that stands in for one does not need much
                    Layout.preferredHeight: picture.showsPhoto
                                            ? Math.min(width * 9 / 16, (view.landscape ? 440 : 560) * view.u)
                                            : 220 * view.u
                    radius: Theme.radius * view.u
                    photo: view.detail.photo || ""
                    iconName: view.detail.icon || "star"
                    tint: view.detail.tint || 0
                }
                KioskText {
                    Layout.fillWidth: true
                    Layout.topMargin: 16 * view.u
                    text: view.detail.category || ""
                    u: view.u
                    size: Theme.small
                    font.bold: true
                    color: Theme.inkSoft
                    wrapMode: Text.WordWrap
                }
                KioskText {
                    objectName: "listing.title"
                    heading: true
                    Layout.fillWidth: true
                    text: view.detail.title || ""
                    u: view.u
                    size: Theme.heading
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                KioskText {
                    objectName: "listing.status"
                    Layout.fillWidth: true
                    text: view.detail.status || ""
                    u: view.u
                    size: Theme.button
                    font.bold: true
                    color: view.detail.statusOpen ? Theme.yes : Theme.accent
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 14 * view.u
                    Badge {
                        u: view.u
                        visible: view.detail.dropIn === true
                        text: view.detail.dropIn ? qsTr("Just drop in — no booking") : ""
                        color: Theme.yes
                        ink: Theme.tileInk
                    }
                    Badge {
                        u: view.u
                        visible: view.detail.dropIn === false
                        text: view.detail.dropIn === false ? qsTr("Please book first") : ""
                        color: Theme.noticeBg
                        ink: Theme.noticeInk
                    }
                    Badge {
                        u: view.u
                        text: view.detail.price || ""
                    }
                }
                Body {
                    text: view.detail.booking || ""
                    font.bold: true
                }
                Body {
                    Layout.topMargin: 8 * view.u
                    text: view.detail.summary || ""
                    font.bold: true
                }
                Body {
                    text: view.detail.description || ""
                }

                Heading { text: view.detail.timesTitle || "" }
                Body {
                    text: view.detail.usually || ""
                    font.bold: true
                }
                KioskText {
                    Layout.fillWidth: true
                    Layout.topMargin: 8 * view.u
                    visible: (view.detail.usually || "") !== "" && timesRepeater.count > 0
                    text: qsTr("Coming up:")
                    u: view.u
                    size: Theme.small
                    color: Theme.inkSoft
                }
                Repeater {
                    id: timesRepeater
                    model: view.detail.times
                    // A cancelled session: its date struck through, the reason beside it, and both in words
                    // for a screen reader, which cannot see a strike-through ("Cancelled: …").
                    Flow {
                        id: timeRow
                        required property int index
                        required property string key
                        required property string label
                        required property string hint
                        readonly property bool cancelled: key === "cancelled"
                        objectName: "listing.time." + index
                        Layout.fillWidth: true
                        spacing: 12 * view.u
                        Accessible.role: Accessible.StaticText
                        readonly property string cancelledText: !cancelled ? ""
                                                                : hint !== "" ? qsTr("Cancelled: %1").arg(hint) : qsTr("Cancelled")
                        Accessible.name: cancelled ? cancelledText + ". " + label
                                                   : hint !== "" ? qsTr("%1 — %2").arg(label).arg(hint) : label
                        KioskText {
                            width: Math.min(implicitWidth, timeRow.width)
                            text: timeRow.hint !== "" && !timeRow.cancelled
                                  ? qsTr("%1 — %2").arg(timeRow.label).arg(timeRow.hint) : timeRow.label
                            u: view.u
                            font.bold: timeRow.key === "now"
                            font.strikeout: timeRow.cancelled
                            color: timeRow.key === "now" ? Theme.yes : timeRow.cancelled ? Theme.inkSoft : Theme.ink
                            wrapMode: Text.Wrap
                            Accessible.ignored: true  // said by the row
                        }
                        KioskText {
                            width: Math.min(implicitWidth, timeRow.width)
                            visible: timeRow.cancelled
                            text: timeRow.cancelledText
                            u: view.u
                            font.bold: true
                            color: Theme.noticeInk
                            wrapMode: Text.Wrap
                            Accessible.ignored: true  // said by the row
                        }
                    }
                }

                Heading { text: qsTr("Where") }
                Body { text: view.detail.where || "" }

                Heading {
                    visible: (view.detail.audience || "") !== ""
                    text: qsTr("Who it is for")
                }
                Body { text: view.detail.audience || "" }

                Heading { text: qsTr("Cost") }
                Body { text: view.detail.cost || "" }

                Heading {
                    visible: ((view.detail.organiser || "") + (view.detail.phone || "") + (view.detail.email || "")
                              + (view.detail.website || "")) !== ""
                    text: qsTr("Who runs it")
                }
                Body { text: view.detail.organiser || "" }
                Body {
                    text: view.detail.phone ? qsTr("Phone: %1").arg(view.detail.phone) : ""
                }
                Body {
                    text: view.detail.email ? qsTr("Email: %1").arg(view.detail.email) : ""
                    wrapMode: Text.WrapAnywhere
                }
                Body {
                    text: view.detail.website ? qsTr("Web: %1").arg(view.detail.website) : ""
                    wrapMode: Text.WrapAnywhere
                }

                Heading {
                    visible: featureRepeater.count > 0 || (view.detail.accessNote || "") !== ""
                    text: qsTr("Getting in and around")
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: featureRepeater.count > 0
                    columns: 2
                    columnSpacing: 24 * view.u
                    rowSpacing: 18 * view.u
                    Repeater {
                        id: featureRepeater
                        model: view.detail.features
                        RowLayout {
                            id: feature
                            required property string key
                            required property string label
                            objectName: "listing.feature." + key
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            spacing: 18 * view.u
                            Accessible.role: Accessible.StaticText
                            Accessible.name: label
                            Rectangle {
                                Layout.preferredWidth: 76 * view.u
                                Layout.preferredHeight: 76 * view.u
                                Layout.alignment: Qt.AlignTop
                                radius: 18 * view.u
                                color: Theme.blobB
                                Image {
                                    anchors.centerIn: parent
                                    width: 56 * view.u
                                    height: width
                                    source: Qt.resolvedUrl("icons/" + feature.key + ".svg")
                                    sourceSize: Qt.size(width, height)
                                    Accessible.ignored: true  // the row's name says it
                                }
                            }
                            KioskText {
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignVCenter
                                text: feature.label
                                u: view.u
                                wrapMode: Text.WordWrap
                                Accessible.ignored: true  // said by the row (its accessible name)
                            }
                        }
                    }
                }
                Body { text: view.detail.accessNote || "" }

                Heading {
                    visible: (view.detail.languages || "") !== ""
                    text: qsTr("Languages spoken")
                }
                Body { text: view.detail.languages || "" }
            }
        }

        // "Take this with you" and the way back: beside the page in landscape, below it in portrait.
        ColumnLayout {
            id: side
            Layout.fillWidth: !view.landscape
            Layout.preferredWidth: view.landscape ? view.sideWidth : -1
            Layout.maximumWidth: view.landscape ? view.sideWidth : -1
            Layout.fillHeight: view.landscape
            spacing: 28 * view.u

            // The box scrolls when it cannot fit (large text in landscape, long words); the way back never does.
            Flickable {
                id: sideFlick
                objectName: "listing.side"
                Layout.fillWidth: true
                Layout.fillHeight: view.landscape
                Layout.preferredHeight: view.landscape ? -1 : takeawayBox.implicitHeight
                contentWidth: width
                contentHeight: takeawayBox.implicitHeight
                interactive: contentHeight > height + 1
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                Rectangle {
                    id: takeawayBox
                    objectName: "listing.takeaway"
                    width: sideFlick.width
                    height: implicitHeight
                    y: Math.max(0, sideFlick.height - height)  // at the foot of the column, by the way back
                    implicitHeight: takeaway.implicitHeight + 56 * view.u
                    radius: Theme.radius * view.u
                    color: Theme.surface
                    border.width: 2 * view.u
                    border.color: Theme.shadow
                    ColumnLayout {
                        id: takeaway
                        anchors.fill: parent
                        anchors.margins: 28 * view.u
                        spacing: 24 * view.u

                        // Two ways to take it: the listing, or its next session into the phone's calendar (only
                        // when there is a session to come). Exactly one is chosen; each says so to a screen reader.
                        RowLayout {
                            id: choice
                            objectName: "listing.takeaway.choice"
                            Layout.fillWidth: true
                            visible: view.detail.hasCalendar === true
                            spacing: 16 * view.u
                            TakeawayChoice {
                                objectName: "listing.takeaway.details"
                                label: qsTr("Take this with you")
                                chosen: !view.calendarShown
                                onClicked: view.calendarFor = ""
                            }
                            TakeawayChoice {
                                objectName: "listing.takeaway.calendar"
                                label: qsTr("Add to my calendar")
                                chosen: view.calendarShown
                                onClicked: view.calendarFor = view.detail.id || ""
                            }
                        }

                        GridLayout {
                            id: codeGrid
                            Layout.fillWidth: true
                            columns: view.landscape ? 1 : 2
                            columnSpacing: 32 * view.u
                            rowSpacing: 20 * view.u
                            Image {
                                id: qr
                                objectName: "listing.qr"
                                readonly property int modules: Math.max(1, (view.calendarShown ? view.detail.calendarQrModules
                                                                                              : view.detail.qrModules) || 1)
                                // in landscape the two choices above take room the code gives back, and the code
                                // shrinks (by whole pixels a module) so the box and the way back fit the height
                                readonly property real room: side.height - back.implicitHeight - side.spacing - 56 * view.u
                                                             - (choice.visible ? choice.implicitHeight + takeaway.spacing : 0)
                                                             - words.implicitHeight - codeGrid.rowSpacing
                                // (never below 3 px a module at u=1: a code too fine to scan helps nobody)
                                readonly property real target: view.landscape
                                                               ? Math.min((choice.visible ? 360 : 400) * view.u,
                                                                          Math.max(room, 3 * modules * view.u))
                                                               : 340 * view.u
                                Layout.preferredWidth: Math.max(1, Math.floor(target / modules)) * modules
                                Layout.preferredHeight: Layout.preferredWidth
                                Layout.alignment: Qt.AlignHCenter | Qt.AlignTop
                                source: (view.calendarShown ? view.detail.calendarQr : view.detail.qr) || ""
                                smooth: false
                                mipmap: false
                                fillMode: Image.PreserveAspectFit
                                Accessible.role: Accessible.Graphic
                                Accessible.name: view.calendarShown ? qsTr("QR code to add the next session to your calendar")
                                                                    : qsTr("QR code to take this listing with you")
                            }
                            ColumnLayout {
                                id: words
                                Layout.fillWidth: true
                                Layout.alignment: Qt.AlignVCenter
                                spacing: 12 * view.u
                                KioskText {
                                    objectName: "listing.qr.heading"
                                    Layout.fillWidth: true
                                    visible: !choice.visible  // the chosen button says it
                                    text: view.calendarShown ? qsTr("Add to my calendar") : qsTr("Take this with you")
                                    heading: true
                                    u: view.u
                                    size: Theme.button * 1.1
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                }
                                KioskText {
                                    objectName: "listing.qr.caption"
                                    Layout.fillWidth: true
                                    text: (view.calendarShown ? view.detail.calendarCaption : view.detail.qrCaption) || ""
                                    u: view.u
                                    size: Theme.small
                                    color: Theme.inkSoft
                                    wrapMode: Text.WordWrap
                                }
                                KioskText {
                                    Layout.fillWidth: true
                                    visible: view.detail.qrLink === true && !view.calendarShown
                                    text: view.detail.qrLink ? view.detail.qrContent : ""
                                    u: view.u
                                    size: Theme.small
                                    font.bold: true
                                    wrapMode: Text.WrapAnywhere
                                }
                            }
                        }
                    }
                }
            }
            KioskButton {
                id: back
                objectName: "listing.back"
                u: view.u
                Layout.fillWidth: view.landscape
                Layout.alignment: Qt.AlignHCenter
                fill: Theme.quiet
                ink: Theme.quietInk
                text: qsTr("Back to what's on")
                onClicked: view.whatson.backToList()
            }
        }
    }
}
