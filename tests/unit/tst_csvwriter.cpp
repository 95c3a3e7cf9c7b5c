// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CsvWriter.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

// A plain table: header texts and rows of QVariants (QtCore only).
class TableModel : public QAbstractTableModel
{
public:
    TableModel(int columns, QObject *parent = nullptr) : QAbstractTableModel(parent), m_columns(columns) {}
    void setHorizontalHeaderLabels(const QStringList &labels) { m_header = labels; }
    void appendRow(const QVariantList &row)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columns; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        return m_rows.at(index.row()).value(index.column());
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o == Qt::Horizontal && role == Qt::DisplayRole)
            return m_header.value(section);
        return {};
    }

private:
    int m_columns;
    QStringList m_header;
    QList<QVariantList> m_rows;
};

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapeField_data();
    void escapeField();
    void wholeModel();
    void columnsSubsetAndOrder();
    void formulaNeutralization();
    void writeFileAtomically();
    void emptyModel();
};

void TestCsvWriter::escapeField_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QStringLiteral("alice") << QByteArray("alice");
    QTest::newRow("empty") << QString() << QByteArray("");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("l1\nl2") << QByteArray("\"l1\nl2\"");
    QTest::newRow("cr") << QStringLiteral("l1\rl2") << QByteArray("\"l1\rl2\"");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QByteArray(" a ");
    QTest::newRow("chinese") << QStringLiteral("张伟,李娜") << QByteArray("\"\xE5\xBC\xA0\xE4\xBC\x9F,\xE6\x9D\x8E\xE5\xA8\x9C\"");
}

void TestCsvWriter::escapeField()
{
    QFETCH(QString, in);
    QFETCH(QByteArray, out);
    QCOMPARE(CsvWriter::escapeField(in), out);
}

static TableModel *makeModel(QObject *parent)
{
    auto *m = new TableModel(3, parent);
    m->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Note, extra"), QStringLiteral("Count")});
    m->appendRow({QStringLiteral("alice"), QStringLiteral("line1\nline2"), -5});
    m->appendRow({QStringLiteral("王芳"), QStringLiteral("\"q\""), 12});
    return m;
}

void TestCsvWriter::wholeModel()
{
    QObject owner;
    TableModel *m = makeModel(&owner);
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray csv = CsvWriter::toCsv(m);
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Name,\"Note, extra\",Count\r\n"
                                "alice,\"line1\nline2\",-5\r\n"
                                "\xE7\x8E\x8B\xE8\x8A\xB3,\"\"\"q\"\"\",12\r\n";
    QCOMPARE(csv, expected);

    CsvWriter::Options noBomNoHeader;
    noBomNoHeader.byteOrderMark = false;
    noBomNoHeader.header = false;
    QVERIFY(CsvWriter::toCsv(m, noBomNoHeader).startsWith("alice,"));
}

void TestCsvWriter::columnsSubsetAndOrder()
{
    QObject owner;
    TableModel *m = makeModel(&owner);
    CsvWriter::Options o;
    o.byteOrderMark = false;
    o.columns = {2, 0};
    QCOMPARE(CsvWriter::toCsv(m, o), QByteArray("Count,Name\r\n-5,alice\r\n12,\xE7\x8E\x8B\xE8\x8A\xB3\r\n"));
}

void TestCsvWriter::formulaNeutralization()
{
    TableModel m(2);
    m.appendRow({QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("@SUM(1)")});
    m.appendRow({QStringLiteral("+1"), QStringLiteral("-x")});
    CsvWriter::Options o;
    o.byteOrderMark = false;
    o.header = false;
    QCOMPARE(CsvWriter::toCsv(&m, o), QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(1)\r\n'+1,'-x\r\n"));
    o.neutralizeFormulas = false;
    QCOMPARE(CsvWriter::toCsv(&m, o), QByteArray("\"=HYPERLINK(\"\"http://x\"\")\",@SUM(1)\r\n+1,-x\r\n"));
}

void TestCsvWriter::writeFileAtomically()
{
    QObject owner;
    TableModel *m = makeModel(&owner);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(CsvWriter::writeFile(m, file, CsvWriter::Options(), &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), CsvWriter::toCsv(m));
    // An unwritable place fails with a message and leaves nothing behind.
    const QString bad = dir.filePath(QStringLiteral("missing/dir/out.csv"));
    QVERIFY(!CsvWriter::writeFile(m, bad, CsvWriter::Options(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(bad));
    // A closed device is refused.
    QBuffer buffer;
    QVERIFY(!CsvWriter::write(m, &buffer, CsvWriter::Options(), &error));
}

void TestCsvWriter::emptyModel()
{
    TableModel m(2);
    m.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
    CsvWriter::Options o;
    o.byteOrderMark = false;
    QCOMPARE(CsvWriter::toCsv(&m, o), QByteArray("A,B\r\n"));
    QCOMPARE(CsvWriter::toCsv(nullptr, o), QByteArray());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
