// SPDX-License-Identifier: GPL-3.0-or-later
// Bilingual acceptance test (issue 7): the real main window on the emulator's demo data, every navigation
// pane in turn and two dialogs, switched English -> Simplified Chinese -> English at run time.
//   * in Chinese, no visible text (labels, buttons, menu and toolbar actions, group boxes, tabs, window titles,
//     tooltips, placeholders, view headers, navigation items, chart titles) may still be its English text;
//   * back in English, every text returns to the exact English snapshot and no Chinese is left over.
// Texts that legitimately stay (codes, IDs, numbers, product names, the data of the emulator) are allowed.
// Screenshots of every pane in both languages land in build/screenshots/{en,zh}-<pane>.png.
#include "shell/AboutDialog.h"
#include "api/ApiClient.h"
#include "EmulatorFixture.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "credentials/MemoryCredentialStore.h"
#include "shell/Pane.h"
#include "credentials/ProfileStore.h"
#include "profiles/ProfileSwitcher.h"
#include "ConsoleWalk.h"
#include "ScriptedPrompter.h"
#include "cloud/Session.h"
#include "models/UserPoolModel.h"
#include "pools/UserPoolsPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <memory>

namespace {

// One visible text: where it is (a path of class names, object names and sibling indexes, stable across a
// retranslation that rebuilds widgets the same way) and what it says. `data`: a value the user or the service
// wrote (names, descriptions, IDs): it may stay the same in both languages but must survive the round trip.
struct Text
{
    QString key;
    QString text;
    bool data = false;
    bool cell = false;   // a cell of a list or table: data, compared as a whole when switching back
};
using Snapshot = QMap<QString, Text>;

bool hasLatin(const QString &s)
{
    for (const QChar c : s)
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')))
            return true;
    return false;
}

bool hasHan(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// "&Refresh…" and "Refresh" are the same English text; so are "Region:" and "Region".
QString normalized(QString s)
{
    s.replace(QLatin1String("&&"), QLatin1String("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    s = s.simplified();
    while (s.endsWith(QStringLiteral("…")) || s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1String("...")))
        s.chop(s.endsWith(QLatin1String("...")) ? 3 : 1);
    return s.trimmed();
}

bool exemptToken(const QString &s);

// Texts that stay the same in Chinese by design.
bool exempt(const QString &raw)
{
    const QString s = normalized(raw);
    if (exemptToken(s))
        return true;
    // Several codes in a row ("2024-05-19T13:43:08Z (CreateTime)", "cn-beijing · HTTP 200"): exempt when each is.
    const QStringList tokens = s.split(QRegularExpression(QStringLiteral("[\\s()（）\\[\\]·,;]+")), Qt::SkipEmptyParts);
    if (tokens.size() < 2)
        return false;
    for (const QString &token : tokens)
        if (!exemptToken(token))
            return false;
    return true;
}

bool exemptToken(const QString &s)
{
    if (s.isEmpty() || !hasLatin(s))
        return true;
    // Product names, protocol and format names, key names, keyboard shortcuts, languages.
    static const QSet<QString> names{
        QStringLiteral("CloudSSO"), QStringLiteral("Volcengine"), QStringLiteral("Alibaba Cloud"),
        QStringLiteral("AccessKey ID"), QStringLiteral("AccessKey Secret"), QStringLiteral("English"),
        QStringLiteral("CSV"), QStringLiteral("PNG"), QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
        QStringLiteral("ID"), QStringLiteral("UID"), QStringLiteral("URL"), QStringLiteral("JSON"),
        QStringLiteral("RequestId"), QStringLiteral("Qt"), QStringLiteral("RAM"), QStringLiteral("OK"),
        QStringLiteral("Ctrl+F"), QStringLiteral("F5"), QStringLiteral("Del")};
    if (names.contains(s))
        return true;
    // One token that looks like a code, an ID, an action name, a host, a region or a number:
    // contains a digit or - _ . @ : / or an inner capital letter (NotFound, ListUsers), or is all capitals.
    if (!s.contains(QLatin1Char(' '))) {
        static const QRegularExpression code(QStringLiteral("[0-9_\\-.@:/]|^[A-Za-z][a-z0-9]*[A-Z]|^[A-Z0-9]+$"));
        if (code.match(s).hasMatch())
            return true;
    }
    // Numbers with units, dates, times and percentages ("12.5%", "2025-10", "13:05:22").
    static const QRegularExpression numeric(QStringLiteral("^[-+0-9.,:%/ ]+$"));
    return numeric.match(s).hasMatch();
}

// The English source texts of our catalog whose Chinese translation differs (exact texts, and the sources with
// placeholders as patterns, plus the English plural forms): a Chinese window showing one of them has missed a
// retranslation, wherever the text is (also in cells of lists, which are data otherwise).
class Catalog
{
public:
    static Catalog &instance()
    {
        static Catalog c;
        return c;
    }
    bool load(QString *error);
    bool isEnglishSource(const QString &text) const
    {
        const QString n = normalized(text);
        if (n.isEmpty() || !hasLatin(n) || hasHan(n))
            return false;
        // A single lower-case word ("default", "user") is as likely a value as a text fragment.
        static const QRegularExpression lowerWord(QStringLiteral("^[a-z]+$"));
        if (lowerWord.match(n).hasMatch())
            return false;
        if (m_exact.contains(n))
            return true;
        return m_patterns.isValid() && m_patterns.pattern().size() > 4 && m_patterns.match(n).hasMatch();
    }
    int size() const { return int(m_exact.size()); }

private:
    void addSource(const QString &source, const QString &translation, QStringList *patterns);
    QSet<QString> m_exact;
    QRegularExpression m_patterns;
};

void Catalog::addSource(const QString &source, const QString &translation, QStringList *patterns)
{
    const QString n = normalized(source);
    if (!hasLatin(n) || normalized(translation) == n)
        return;
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    if (!n.contains(placeholder)) {
        m_exact.insert(n);
        return;
    }
    // Only patterns with at least two English words of their own: "%1 ms" or "Copy %1" would match any value.
    QString literal = n;
    literal.remove(placeholder);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    int words = 0;
    for (auto it = word.globalMatch(literal); it.hasNext(); it.next())
        ++words;
    if (words < 2)
        return;
    QString pattern;
    int last = 0;
    for (auto it = placeholder.globalMatch(n); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        pattern += QRegularExpression::escape(n.mid(last, m.capturedStart() - last)) + QStringLiteral(".+?");
        last = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(n.mid(last));
    patterns->append(pattern);
}

bool Catalog::load(QString *error)
{
    // The .ts files of the source tree: the Chinese catalog (sources and their translations) and the English
    // plural forms ("%n user pools").
    const QString dir = QStringLiteral(IDCONSOLE_TEST_DATA_DIR "/../../translations/");
    QStringList patterns;
    for (const QString &name : {QStringLiteral("idconsole_zh_CN.ts"), QStringLiteral("idconsole_en.ts")}) {
        QFile file(dir + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QStringLiteral(": ") + file.errorString();
            return false;
        }
        const bool english = name.contains(QLatin1String("_en"));
        QXmlStreamReader xml(&file);
        QString source, translation;
        QStringList forms;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    source.clear();
                    translation.clear();
                    forms.clear();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    forms << xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    // Numerus translations hold <numerusform> children; read them one by one.
                    if (!numerus)
                        translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (english) {
                    for (const QString &form : std::as_const(forms))
                        addSource(form, QStringLiteral("\x01"), &patterns);
                } else {
                    addSource(source, forms.isEmpty() ? translation : forms.join(QLatin1Char(' ')), &patterns);
                }
            }
        }
        if (xml.hasError()) {
            *error = file.fileName() + QStringLiteral(": ") + xml.errorString();
            return false;
        }
    }
    m_patterns = QRegularExpression(QStringLiteral("^(?:") + patterns.join(QLatin1Char('|')) + QStringLiteral(")$"));
    m_patterns.optimize();
    if (!m_patterns.isValid()) {
        *error = m_patterns.errorString();
        return false;
    }
    return true;
}

QString plain(const QLabel *label)
{
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    return label->text();
}

class Collector
{
public:
    // Strings that are data of the emulator (cells of every visible list, chart series): exempt from
    // "still English", but checked by the round trip.
    QSet<QString> dataStrings;
    // API field names a detail view shows as tooltips ("Uid", "Name", "CreateTime"): identifiers, not texts.
    QSet<QString> fieldNames;
    Snapshot out;

    void add(const QString &key, const QString &text, bool data = false)
    {
        if (text.trimmed().isEmpty() || (key.endsWith(QLatin1String(":toolTip")) && fieldNames.contains(text)))
            return;
        out.insert(key, Text{key, text, data || dataStrings.contains(text) || dataStrings.contains(normalized(text))});
    }

    void collectActions(const QString &key, const QList<QAction *> &actions)
    {
        int i = 0;
        for (QAction *a : actions) {
            const QString k = key + QStringLiteral("/action#%1").arg(i++);
            if (a->isSeparator() || !a->isVisible())
                continue;
            add(k + QStringLiteral(":text"), a->text());
            if (a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
                add(k + QStringLiteral(":toolTip"), a->toolTip());
            if (a->menu())
                collectActions(k, a->menu()->actions());
        }
    }

    void collectView(const QString &key, QAbstractItemView *view, bool navigation)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        QHeaderView *header = nullptr;
        if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->isHeaderHidden() ? nullptr : tree->header();
        else if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader()->isVisible() ? table->horizontalHeader() : nullptr;
        if (header) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                add(key + QStringLiteral("/header#%1").arg(c), model->headerData(c, Qt::Horizontal).toString());
                add(key + QStringLiteral("/header#%1:toolTip").arg(c),
                    model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        if (!navigation) {
            // Cells: data, but a cell the program fills with a text of its own ("(default)", "Enabled") must
            // follow the language too (checked against the catalog).
            const int rows = qMin(model->rowCount(view->rootIndex()), 300);
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
                    if (header && header->isSectionHidden(c))
                        continue;
                    const QString text = model->data(model->index(r, c, view->rootIndex())).toString();
                    const QString cellKey = key + QStringLiteral("/cell#%1,%2").arg(r).arg(c);
                    if (!text.trimmed().isEmpty())
                        out.insert(cellKey, Text{cellKey, text, true, true});
                }
            }
        }
        if (navigation) {
            auto *list = qobject_cast<QListWidget *>(view);
            for (int r = 0; list && r < list->count(); ++r) {
                add(key + QStringLiteral("/item#%1").arg(r), list->item(r)->text());
                add(key + QStringLiteral("/item#%1:toolTip").arg(r), list->item(r)->toolTip());
            }
        }
    }

    void collect(QWidget *w, const QString &key)
    {
        if (!w->isVisible())
            return;
        if (w->isWindow())
            add(key + QStringLiteral(":windowTitle"), w->windowTitle());
        add(key + QStringLiteral(":toolTip"), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            // Selectable labels show values (names, IDs, descriptions): data.
            const bool value = label->textInteractionFlags() & Qt::TextSelectableByMouse;
            add(key + QStringLiteral(":text"), plain(label), value);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(key + QStringLiteral(":text"), button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(key + QStringLiteral(":title"), box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(key + QStringLiteral(":tab#%1").arg(i), tabs->tabText(i));
                add(key + QStringLiteral(":tab#%1:toolTip").arg(i), tabs->tabToolTip(i));
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(key + QStringLiteral(":placeholder"), edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            add(key + QStringLiteral(":placeholder"), combo->placeholderText());
            // Items: choices the program offers (translated) or data (profiles, directories, pools).
            for (int i = 0; i < combo->count(); ++i)
                add(key + QStringLiteral(":item#%1").arg(i), combo->itemText(i), combo->isEditable());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
            add(key + QStringLiteral(":specialValue"), spin->specialValueText());
            if (auto *s = qobject_cast<QSpinBox *>(w)) {
                add(key + QStringLiteral(":prefix"), s->prefix());
                add(key + QStringLiteral(":suffix"), s->suffix());
            }
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            add(key + QStringLiteral(":placeholder"), text->placeholderText());
            if (text->isReadOnly())
                add(key + QStringLiteral(":text"), text->toPlainText());
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            add(key + QStringLiteral(":placeholder"), rich->placeholderText());
            if (rich->isReadOnly())
                add(key + QStringLiteral(":text"), rich->toPlainText());
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            add(key + QStringLiteral(":chartTitle"), chart->title());
            int i = 0;
            for (QAbstractAxis *axis : chart->axes())
                add(key + QStringLiteral(":axis#%1").arg(i++), axis->titleText());
        } else if (qobject_cast<QHeaderView *>(w)) {
            // Its texts are the header labels of its view, collected there.
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            collectView(key, view, navigationList && w == navigationList);
        }
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            collectActions(key, bar->actions());
        if (auto *toolbar = qobject_cast<QToolBar *>(w))
            collectActions(key, toolbar->actions());

        // Children, keyed by class and object name (plus an index among equal siblings).
        QHash<QString, int> seen;
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            if (!cw || cw->isWindow())
                continue;
            QString name = QString::fromLatin1(cw->metaObject()->className());
            if (!cw->objectName().isEmpty() && !cw->objectName().startsWith(QLatin1String("qt_")))
                name += QLatin1Char('\'') + cw->objectName() + QLatin1Char('\'');
            const int index = seen[name]++;
            collect(cw, key + QLatin1Char('/') + name + QLatin1Char('#') + QString::number(index));
        }
    }

    // The data shown in every visible list except the navigation, and the series of every chart.
    void gatherData(QWidget *root)
    {
        const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!view->isVisible() || view == navigationList || !view->model())
                continue;
            gatherModel(view->model(), QModelIndex());
        }
        for (QComboBox *combo : root->findChildren<QComboBox *>()) {
            // Profile and directory pickers list data the user or the service named.
            const QString n = combo->objectName() + QLatin1Char(' ')
                + QString::fromLatin1(combo->parentWidget() ? combo->parentWidget()->metaObject()->className() : "");
            if (n.contains(QLatin1String("rofile")) || n.contains(QLatin1String("irector")))
                for (int i = 0; i < combo->count(); ++i)
                    dataStrings.insert(combo->itemText(i));
        }
        // API field names shown as the tooltip of a detail view's field ("Uid", "Name"): identifiers.
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const QString n = w->objectName();
            if (n.startsWith(QLatin1String("value_")) || n.startsWith(QLatin1String("copy_")))
                fieldNames.insert(n.mid(n.indexOf(QLatin1Char('_')) + 1));
        }
        for (QChartView *view : root->findChildren<QChartView *>()) {
            for (QAbstractSeries *series : view->chart()->series())
                dataStrings.insert(series->name());
        }
    }

    void gatherModel(QAbstractItemModel *model, const QModelIndex &parent, int depth = 0)
    {
        const int rows = qMin(model->rowCount(parent), 2000);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                const QString text = model->data(index).toString();
                if (!text.isEmpty()) {
                    dataStrings.insert(text);
                    dataStrings.insert(normalized(text));
                }
            }
            if (depth < 2)
                gatherModel(model, model->index(r, 0, parent), depth + 1);
        }
    }

    QListWidget *navigationList = nullptr;
};

// Texts of `root` (a window) and of its menu bar.
Snapshot snapshot(QWidget *root, QListWidget *navigation, const QSet<QString> &extraData = {})
{
    Collector c;
    c.navigationList = navigation;
    c.dataStrings = extraData;
    c.gatherData(root);
    c.collect(root, QString::fromLatin1(root->metaObject()->className()));
    return c.out;
}

// "…/QSplitter'poolsSplitter'#0/QTreeView'poolsView'#0/header#1 = "Uid"": the last parts of the key suffice.
QString describe(const Text &t)
{
    QString text = t.text;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    QStringList parts = t.key.split(QLatin1Char('/'));
    const QString where = parts.size() > 3 ? QStringLiteral("…/") + parts.mid(parts.size() - 3).join(QLatin1Char('/')) : t.key;
    return QStringLiteral("  %1 = \"%2\"").arg(where, text);
}

// In Chinese: texts that are still English.
QStringList untranslated(const Snapshot &en, const Snapshot &zh)
{
    QStringList bad;
    QSet<QString> english;
    for (const Text &t : en) {
        if (t.data || exempt(t.text))
            continue;
        english.insert(normalized(t.text));
        const auto it = zh.find(t.key);
        if (it != zh.end() && normalized(it->text) == normalized(t.text))
            bad << describe(*it) + QStringLiteral("   (unchanged)");
    }
    for (const Text &t : zh) {
        if (exempt(t.text))
            continue;
        if (Catalog::instance().isEnglishSource(t.text)) {
            bad << describe(t) + QStringLiteral("   (English text of the catalog)");
            continue;
        }
        if (t.data)
            continue;
        if (english.contains(normalized(t.text)) && en.value(t.key).text != t.text)
            bad << describe(t) + QStringLiteral("   (an English text of this window)");
        else if (!hasHan(t.text) && !en.contains(t.key))
            bad << describe(t) + QStringLiteral("   (English, no Chinese at all)");
    }
    bad.removeDuplicates();
    return bad;
}

// How many texts changed with the switch (a sanity floor: the check above must have something to check).
int changedCount(const Snapshot &en, const Snapshot &zh)
{
    int n = 0;
    for (const Text &t : en)
        if (!t.data && !exempt(t.text) && zh.contains(t.key) && zh.value(t.key).text != t.text)
            ++n;
    return n;
}

// Back in English: everything as before, no Chinese left.
QStringList notRestored(const Snapshot &before, const Snapshot &after)
{
    QStringList bad;
    // Cells: a list may re-sort or reload on a switch; compare what they show as a whole.
    QStringList cellsBefore, cellsAfter;
    for (const Text &t : before)
        if (t.cell)
            cellsBefore << t.text;
    for (const Text &t : after)
        if (t.cell)
            cellsAfter << t.text;
    cellsBefore.sort();
    cellsAfter.sort();
    if (cellsBefore != cellsAfter) {
        QStringList gone, added;
        for (const QString &c : std::as_const(cellsBefore))
            if (!cellsAfter.contains(c))
                gone << c;
        for (const QString &c : std::as_const(cellsAfter))
            if (!cellsBefore.contains(c))
                added << c;
        bad << QStringLiteral("  cells differ: %1 -> %2 cells; now missing: [%3]; new: [%4]")
                   .arg(cellsBefore.size()).arg(cellsAfter.size())
                   .arg(gone.mid(0, 10).join(QStringLiteral(", ")), added.mid(0, 10).join(QStringLiteral(", ")));
    }
    for (const Text &t : before) {
        if (t.cell)
            continue;
        const auto it = after.find(t.key);
        if (it == after.end())
            bad << describe(t) + QStringLiteral("   (gone after switching back)");
        else if (it->text != t.text)
            bad << describe(*it) + QStringLiteral("   (was \"%1\")").arg(QString(t.text).replace(QLatin1Char('\n'), QLatin1String("\\n")));
    }
    for (const Text &t : after) {
        if (!t.cell && !before.contains(t.key) && !t.data && hasHan(t.text) && t.text != QStringLiteral("简体中文"))
            bad << describe(t) + QStringLiteral("   (Chinese left in English)");
    }
    return bad;
}

QString screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(IDCONSOLE_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace

class TestBilingual : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkerCatchesEnglish();
    void volcenginePanes();
    void cloudSsoPanes();
    void dialogs();

private:
    Profile volcProfile() const { return m_walk.volcProfile(QStringLiteral("测试-volc")); }
    Profile aliyunProfile() const { return m_walk.aliyunProfile(QStringLiteral("测试-aliyun")); }
    void waitIdle(MainWindow *w) { m_walk.waitIdle(w); }
    // Switches to Chinese and back on `root` (the main window or a dialog) and checks both directions.
    void roundTrip(QWidget *root, QListWidget *navigation, const QString &shot);
    void checkEveryPane(MainWindow *w, const QString &suffix);

    ConsoleWalk m_walk{QStringLiteral("tst_bilingual"), 300};
};

void TestBilingual::initTestCase()
{
    QString error;
    QVERIFY2(m_walk.start(&error), qPrintable(error));
    QVERIFY2(Catalog::instance().load(&error), qPrintable(error));
    QVERIFY(Catalog::instance().size() > 100);
}

void TestBilingual::cleanupTestCase()
{
    m_walk.finish();
}

// The checker itself: an untranslated label, a rebuilt English label and leftover Chinese are all reported.
void TestBilingual::checkerCatchesEnglish()
{
    QWidget root;
    auto *translated = new QLabel(QStringLiteral("User pools"), &root);
    auto *forgotten = new QLabel(QStringLiteral("Delete the selected pools"), &root);
    auto *id = new QLabel(QStringLiteral("up-3f9a2c"), &root);
    auto *value = new QLabel(QStringLiteral("Customer portal"), &root);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root.setWindowTitle(QStringLiteral("Identity Console"));
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    Q_UNUSED(id);
    const Snapshot en = snapshot(&root, nullptr);
    QCOMPARE(en.size(), 5);
    translated->setText(QStringLiteral("用户池"));
    root.setWindowTitle(QStringLiteral("身份管理控制台"));
    const Snapshot zh = snapshot(&root, nullptr);
    const QStringList bad = untranslated(en, zh);
    QCOMPARE(bad.size(), 1);
    QVERIFY(bad.first().contains(QLatin1String("Delete the selected pools")));
    QCOMPARE(changedCount(en, zh), 2);
    forgotten->setText(QStringLiteral("删除所选用户池"));
    QVERIFY(untranslated(en, snapshot(&root, nullptr)).isEmpty());
    // Back: one text stays Chinese.
    translated->setText(QStringLiteral("User pools"));
    root.setWindowTitle(QStringLiteral("Identity Console"));
    const QStringList left = notRestored(en, snapshot(&root, nullptr));
    QCOMPARE(left.size(), 1);
    QVERIFY(left.first().contains(QStringLiteral("删除所选用户池")));
    QVERIFY(exempt(QStringLiteral("NotFound")));
    QVERIFY(exempt(QStringLiteral("2025-10")));
    QVERIFY(exempt(QStringLiteral("CloudSSO")));
    QVERIFY(!exempt(QStringLiteral("Users")));
    QVERIFY(!exempt(QStringLiteral("&Refresh")));
    QVERIFY(exempt(QStringLiteral("2024-05-19T13:43:08Z\n(CreateTime)")));
    // The catalog: exact sources, sources with placeholders, English plural forms; not values.
    const Catalog &catalog = Catalog::instance();
    QVERIFY(catalog.isEnglishSource(QStringLiteral("(default)")));
    QVERIFY(catalog.isEnglishSource(QStringLiteral("&Refresh")));
    QVERIFY(catalog.isEnglishSource(QStringLiteral("Connected to production.")));
    QVERIFY(catalog.isEnglishSource(QStringLiteral("%1 of %2 users loaded; scroll down for more.")
                                        .arg(100).arg(250)));
    QVERIFY(catalog.isEnglishSource(QStringLiteral("4 user pools")));
    QVERIFY(!catalog.isEnglishSource(QStringLiteral("default")));
    QVERIFY(!catalog.isEnglishSource(QStringLiteral("customer-portal")));
    QVERIFY(!catalog.isEnglishSource(QStringLiteral("Yara Garcia")));
    QVERIFY(!catalog.isEnglishSource(QStringLiteral("已连接到 production。")));
    // A cell the program fills stays English: caught although cells are data.
    QTreeWidget list;
    list.setColumnCount(2);
    list.setHeaderLabels({QStringLiteral("名称"), QStringLiteral("地域")});
    auto *row = new QTreeWidgetItem(&list, {QStringLiteral("production"), QStringLiteral("(default)")});
    Q_UNUSED(row);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    const Snapshot withList = snapshot(&list, nullptr);
    const QStringList cells = untranslated(withList, withList);
    QVERIFY2(cells.size() == 1 && cells.first().contains(QLatin1String("(default)")), qPrintable(cells.join(QLatin1Char('\n'))));
    QVERIFY(!exempt(QStringLiteral("Created (CreateTime)")));
}

void TestBilingual::roundTrip(QWidget *root, QListWidget *navigation, const QString &shot)
{
    LanguageManager *lm = LanguageManager::instance();
    QCOMPARE(lm->language(), QStringLiteral("en"));
    const Snapshot en = snapshot(root, navigation);
    QVERIFY2(en.size() >= 3, qPrintable(QStringLiteral("only %1 texts in %2").arg(en.size()).arg(shot)));
    QVERIFY(root->grab().save(screenshotPath(QStringLiteral("en-%1.png").arg(shot))));
    // The data shown in English (names of the emulator's records) stays data in Chinese.
    QSet<QString> data;
    for (const Text &t : en)
        if (t.data)
            data.insert(t.text);

    lm->setLanguage(QStringLiteral("zh_CN"));
    QStringList bad;
    int changed = 0;
    const auto settledChinese = [&] {
        const Snapshot zh = snapshot(root, navigation, data);
        bad = untranslated(en, zh);
        changed = changedCount(en, zh);
        return bad.isEmpty() && changed > 0;
    };
    // Whatever happens below, the next check starts in English.
    const auto backToEnglish = qScopeGuard([lm] { lm->setLanguage(QStringLiteral("en")); });
    if (!QTest::qWaitFor(settledChinese, 5000))
        qWarning().noquote() << QStringLiteral("%1: %2 text(s) still English in Chinese (%3 changed):\n%4")
                                    .arg(shot).arg(bad.size()).arg(changed).arg(bad.join(QLatin1Char('\n')));
    qInfo().noquote() << QStringLiteral("%1: %2 texts, %3 translated").arg(shot).arg(en.size()).arg(changed);
    // Let the layouts follow the new texts (as the person sees it a moment later), then take the picture
    // (also when texts are missing: it shows where).
    QTest::qWait(250);
    QVERIFY(root->grab().save(screenshotPath(QStringLiteral("zh-%1.png").arg(shot))));
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1: %2 text(s) still English:\n%3")
                                           .arg(shot).arg(bad.size()).arg(bad.join(QLatin1Char('\n')))));
    QVERIFY2(changed > 0, qPrintable(shot));


    lm->setLanguage(QStringLiteral("en"));
    QStringList left;
    const auto restored = [&] {
        left = notRestored(en, snapshot(root, navigation, data));
        return left.isEmpty();
    };
    if (!QTest::qWaitFor(restored, 5000))
        qWarning().noquote() << QStringLiteral("%1: %2 text(s) not back to English:\n%3")
                                    .arg(shot).arg(left.size()).arg(left.join(QLatin1Char('\n')));
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1: %2 text(s) not back to English:\n%3")
                                            .arg(shot).arg(left.size()).arg(left.join(QLatin1Char('\n')))));
}

void TestBilingual::checkEveryPane(MainWindow *w, const QString &suffix)
{
    QListWidget *nav = w->navigation();
    const int checked = m_walk.forEachPane(w, [this, w, nav, &suffix](const QString &id) { roundTrip(w, nav, id + suffix); });
    QVERIFY2(checked >= 3, qPrintable(QStringLiteral("only %1 panes were enabled").arg(checked)));
}

void TestBilingual::volcenginePanes()
{
    const std::unique_ptr<MainWindow> w = m_walk.openMainWindow(volcProfile());
    QVERIFY(w);
    checkEveryPane(w.get(), QString());
}

void TestBilingual::cloudSsoPanes()
{
    const std::unique_ptr<MainWindow> w = m_walk.openMainWindow(aliyunProfile());
    QVERIFY(w);
    checkEveryPane(w.get(), QStringLiteral("-cloudsso"));
}

void TestBilingual::dialogs()
{
    const std::unique_ptr<MainWindow> window = m_walk.openMainWindow(volcProfile());
    QVERIFY(window);
    MainWindow &w = *window;
    QVERIFY(w.setCurrentPane(QStringLiteral("pools")));
    waitIdle(&w);

    // The user pool create dialog (opened non-modally by the pane).
    auto *pools = qobject_cast<UserPoolsPane *>(w.currentPane());
    QVERIFY(pools);
    pools->openCreateDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<QDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(200);
    roundTrip(dialog, nullptr, QStringLiteral("dialog-userpool"));
    dialog->close();
    QTRY_VERIFY(!w.findChild<QDialog *>() || !w.findChild<QDialog *>()->isVisible());

    // The profile manager, with a saved profile selected (its details are part of the dialog).
    Profile saved = volcProfile();
    saved.name = QStringLiteral("production-beijing");
    saved.transient = false;
    QString error;
    QVERIFY2(m_walk.profiles()->save(saved, QString(), &error), qPrintable(error));
    w.manageProfiles();
    QDialog *manager = nullptr;
    QTRY_VERIFY((manager = w.findChild<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) && manager->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(manager));
    QTest::qWait(300);
    roundTrip(manager, nullptr, QStringLiteral("dialog-profiles"));
    manager->close();

    // About.
    w.showAbout();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = w.findChild<AboutDialog *>()) && about->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(about));
    roundTrip(about, nullptr, QStringLiteral("dialog-about"));
    about->close();
}

QTEST_MAIN(TestBilingual)
#include "tst_bilingual.moc"
