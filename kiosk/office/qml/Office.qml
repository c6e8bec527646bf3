pragma ComponentBehavior: Bound
// The office window: a desktop window (1280×800 at least, resizable) in the kiosk's look at desk size — sign-in
// first, then a left navigation (Results, Wall, Kiosks, and Sites & people for managers) and the page chosen.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

ApplicationWindow {
    id: window
    required property var office
    required property var results
    required property var wall
    required property var kiosks
    required property var people
    required property var settings
    required property var listings
    required property var language
    readonly property real u: Math.max(0.5, Math.min(0.62, width / 2600))

    width: 1280
    height: 800
    minimumWidth: 1280
    minimumHeight: 800
    visible: true
    title: qsTr("Kindness Kiosk — the office")
    color: Theme.background
    font.family: Theme.fontFamily

    // Arabic and Urdu mirror the whole window (the pages inherit it from the content; the header has its own).
    Binding { target: window.contentItem.LayoutMirroring; property: "enabled"; value: window.language.rightToLeft }
    Binding { target: window.contentItem.LayoutMirroring; property: "childrenInherit"; value: true }

    // The header: the language, switchable at any moment (every word follows at once).
    header: Rectangle {
        objectName: "office.header"
        implicitHeight: 96 * window.u
        color: Theme.cardWarm
        LayoutMirroring.enabled: window.language.rightToLeft
        LayoutMirroring.childrenInherit: true
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 28 * window.u
            anchors.rightMargin: 28 * window.u
            spacing: 16 * window.u
            KioskText {
                objectName: "office.title"
                text: qsTr("Kindness Kiosk — the office")
                u: window.u
                size: Theme.small
                color: Theme.inkSoft
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            KioskText {
                text: qsTr("Language")
                u: window.u
                size: Theme.small
                color: Theme.inkSoft
            }
            OfficeChoice {
                objectName: "office.language"
                name: qsTr("Language")
                u: window.u
                implicitHeight: 72 * window.u
                model: window.language.choices
                currentIndex: window.language.index
                onActivated: index => window.language.choose(index)
            }
        }
    }

    SignInPage {
        objectName: "office.signInPage"
        anchors.fill: parent
        visible: !window.office.signedIn
        office: window.office
        u: window.u
    }

    RowLayout {
        anchors.fill: parent
        visible: window.office.signedIn
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 440 * window.u
            color: Theme.cardWarm
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 28 * window.u
                spacing: 10 * window.u
                KioskText {
                    text: qsTr("The office")
                    heading: true
                    u: window.u
                    size: Theme.heading
                    font.bold: true
                    color: Theme.accent
                    Layout.fillWidth: true
                    Layout.bottomMargin: 24 * window.u
                }
                NavButton {
                    objectName: "office.nav.results"
                    text: qsTr("Results")
                    u: window.u
                    current: window.office.page === "results"
                    Layout.fillWidth: true
                    onClicked: window.office.setPage("results")
                }
                NavButton {
                    objectName: "office.nav.wall"
                    text: qsTr("Wall")
                    u: window.u
                    current: window.office.page === "wall"
                    Layout.fillWidth: true
                    onClicked: window.office.setPage("wall")
                }
                NavButton {
                    objectName: "office.nav.listings"
                    text: qsTr("Listings")
                    u: window.u
                    current: window.office.page === "listings"
                    Layout.fillWidth: true
                    onClicked: window.office.setPage("listings")
                }
                NavButton {
                    objectName: "office.nav.kiosks"
                    text: qsTr("Kiosks")
                    u: window.u
                    current: window.office.page === "kiosks"
                    Layout.fillWidth: true
                    onClicked: window.office.setPage("kiosks")
                }
                NavButton {
                    objectName: "office.nav.people"
                    visible: window.office.isManager
                    text: qsTr("Sites & people")
                    u: window.u
                    current: window.office.page === "people"
                    Layout.fillWidth: true
                    onClicked: window.office.setPage("people")
                }
                Item { Layout.fillHeight: true }
                KioskText {
                    objectName: "office.who"
                    text: window.office.who
                    u: window.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                }
                OfficeButton {
                    objectName: "office.signOut"
                    text: qsTr("Sign out")
                    quiet: true
                    u: window.u
                    Layout.fillWidth: true
                    onClicked: window.office.signOut()
                }
            }
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 36 * window.u
            ResultsPage {
                anchors.fill: parent
                visible: window.office.page === "results"
                results: window.results
                u: window.u
            }
            WallPage {
                anchors.fill: parent
                visible: window.office.page === "wall"
                wall: window.wall
                u: window.u
            }
            ListingsPage {
                anchors.fill: parent
                visible: window.office.page === "listings"
                listings: window.listings
                u: window.u
            }
            KiosksPage {
                anchors.fill: parent
                visible: window.office.page === "kiosks"
                kiosks: window.kiosks
                settings: window.settings
                u: window.u
            }
            PeoplePage {
                anchors.fill: parent
                visible: window.office.page === "people"
                people: window.people
                u: window.u
            }
        }
    }
}
