pragma ComponentBehavior: Bound
// The Results screen's weekly chart, drawn with Qt Quick Shapes in the kiosk's colours: each week's kindness
// rate as a dot, joined week to week; the usual variation (the control limits) as a soft band; the average as a
// dashed line; a week with too few answers as a labelled gap, never a dot. The whole chart is one item in the
// accessibility tree: its description lists every week in words (the view model's `chartDescription`).
import QtQuick
import QtQuick.Shapes
import Kiosk

Item {
    id: chart
    property real u: 1
    property var weeks: null
    property real low: 0.5
    property real centre: -1
    property string description: ""
    readonly property real axis: 100 * u
    readonly property real footer: 84 * u
    readonly property real plotTop: 24 * u
    readonly property real plotHeight: Math.max(1, height - footer - plotTop)
    readonly property int count: repeater.count
    readonly property real column: count > 0 ? (width - axis) / count : 0

    function yOf(v) {
        return plotTop + (1 - (v - low) / Math.max(0.01, 1 - low)) * plotHeight
    }

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Kindness rate, the last 8 weeks")
    Accessible.description: description

    // Percentages up the side, every tenth (every fifth of the way when the scale is tall).
    Repeater {
        model: Math.round((1 - chart.low) * 10) + 1
        Item {
            id: tick
            required property int index
            readonly property real value: 1 - index / 10
            visible: (Math.round((1 - chart.low) * 10) <= 5) || index % 2 === 0
            Rectangle {
                x: chart.axis
                y: chart.yOf(tick.value)
                width: chart.width - chart.axis
                height: Math.max(1, 2 * chart.u)
                color: Theme.quiet
            }
            KioskText {
                x: 0
                width: chart.axis - 16 * chart.u
                y: chart.yOf(tick.value) - height / 2
                horizontalAlignment: Text.AlignRight
                text: qsTr("%1%").arg(Math.round(tick.value * 100))
                u: chart.u
                size: Theme.small
                color: Theme.inkSoft
                Accessible.ignored: true  // said by the chart's description
            }
        }
    }

    // The average: a dashed line across the weeks (under the dots; it shows through the band).
    Shape {
        visible: chart.centre >= 0 && chart.count > 0
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: Theme.inkSoft
            strokeWidth: 3 * chart.u
            strokeStyle: ShapePath.DashLine
            dashPattern: [4, 3]
            fillColor: "transparent"
            startX: chart.axis
            startY: chart.yOf(Math.max(chart.low, chart.centre))
            PathLine {
                x: chart.width
                y: chart.yOf(Math.max(chart.low, chart.centre))
            }
        }
    }

    // The band and the gaps first, under every week's line, dot and label.
    Repeater {
        model: chart.weeks
        Item {
            id: band
            required property int index
            required property real rate
            required property real lower
            required property real upper
            required property string gap
            x: chart.axis + index * chart.column
            width: chart.column
            height: chart.height

            // The usual variation for this week (stepped when the limits differ week to week).
            Rectangle {
                visible: band.rate >= 0 && band.upper >= 0
                x: 0
                width: parent.width
                y: chart.yOf(Math.min(1, band.upper))
                height: Math.max(0, chart.yOf(Math.max(chart.low, band.lower)) - y)
                color: Theme.cardSage
                opacity: 0.75
            }
            // A gap: no figure for this week, and why.
            Rectangle {
                visible: band.rate < 0
                x: 4 * chart.u
                width: parent.width - 8 * chart.u
                y: chart.plotTop
                height: chart.plotHeight
                radius: 12 * chart.u
                color: Theme.background
                border.color: Theme.quiet
                border.width: 3 * chart.u
                KioskText {
                    anchors.centerIn: parent
                    width: parent.height - 24 * chart.u
                    rotation: -90
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: band.gap
                    u: chart.u
                    size: Theme.small
                    color: Theme.inkSoft
                    Accessible.ignored: true  // said by the chart's description
                }
            }
        }
    }

    Repeater {
        id: repeater
        model: chart.weeks
        Item {
            id: week
            required property int index
            required property string label
            required property real rate
            required property real lower
            required property real upper
            required property real previousRate
            required property string gap
            required property string signal
            required property bool signalStart
            required property bool signalBelow
            required property bool soFar
            readonly property real middle: chart.column / 2
            x: chart.axis + index * chart.column
            z: week.signalStart ? 1 : 0  // its label over the next weeks' bands
            width: chart.column
            height: chart.height

            // The line from last week's dot to this one (none across a gap).
            Shape {
                visible: week.rate >= 0 && week.previousRate >= 0
                preferredRendererType: Shape.CurveRenderer
                ShapePath {
                    strokeColor: Theme.yes
                    strokeWidth: 5 * chart.u
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    startX: week.middle - chart.column
                    startY: chart.yOf(Math.max(chart.low, week.previousRate))
                    PathLine {
                        x: week.middle
                        y: chart.yOf(Math.max(chart.low, week.rate))
                    }
                }
            }
            Rectangle {
                id: dot
                visible: week.rate >= 0
                width: (week.signal !== "" ? 34 : 26) * chart.u
                height: width
                radius: width / 2
                x: week.middle - width / 2
                y: chart.yOf(Math.max(chart.low, week.rate)) - height / 2
                color: week.signal !== "" ? Theme.accent : (week.soFar ? Theme.surface : Theme.yes)
                border.color: week.signal !== "" ? Theme.surface : Theme.yes
                border.width: (week.soFar || week.signal !== "" ? 5 : 0) * chart.u
            }
            // A special cause, in words, once per run of weeks.
            Rectangle {
                visible: week.rate >= 0 && week.signalStart
                width: Math.min(signalLabel.implicitWidth, 260 * chart.u) + 24 * chart.u
                height: signalLabel.height + 12 * chart.u
                radius: 12 * chart.u
                color: Theme.noticeBg
                x: Math.max(-week.x + chart.axis, Math.min(week.middle - width / 2,
                                                            chart.width - week.x - width))
                y: week.signalBelow ? Math.min(dot.y + dot.height + 12 * chart.u, chart.plotTop + chart.plotHeight - height)
                                    : Math.max(chart.plotTop, dot.y - height - 12 * chart.u)
                KioskText {
                    id: signalLabel
                    anchors.centerIn: parent
                    width: Math.min(implicitWidth, 260 * chart.u)
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    text: week.signal
                    u: chart.u
                    size: Theme.small
                    font.bold: true
                    color: Theme.noticeInk
                    Accessible.ignored: true  // said by the chart's description
                }
            }
            KioskText {
                x: 0
                width: parent.width
                y: chart.height - chart.footer + 10 * chart.u
                horizontalAlignment: Text.AlignHCenter
                lineHeight: 0.9
                text: week.soFar ? qsTr("now") : week.label
                u: chart.u
                size: Theme.small
                font.bold: week.soFar
                color: Theme.inkSoft
                Accessible.ignored: true  // said by the chart's description
            }
        }
    }
}
