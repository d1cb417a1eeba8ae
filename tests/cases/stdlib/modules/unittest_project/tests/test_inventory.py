import unittest

from inventory import Inventory, OutOfStock, mean


def setUpModule():
    global MODULE_READY
    MODULE_READY = True


class InventoryTests(unittest.TestCase):
    def setUp(self):
        self.inv = Inventory()
        self.inv.add("apple", 3)
        self.inv.add("pear")

    def tearDown(self):
        self.inv = None

    def test_add_and_total(self):
        self.inv.add("apple", 2)
        self.assertEqual(self.inv.total(), 6)
        self.assertEqual(self.inv.items["apple"], 5)

    def test_names_sorted(self):
        self.inv.add("banana")
        self.assertListEqual(self.inv.names(), ["apple", "banana", "pear"])

    def test_take(self):
        self.inv.take("pear")
        self.assertNotIn("pear", self.inv.items)
        with self.assertRaises(OutOfStock):
            self.inv.take("pear")

    def test_bad_count(self):
        with self.assertRaisesRegex(ValueError, "must be positive"):
            self.inv.add("fig", 0)

    def test_module_fixture(self):
        self.assertTrue(MODULE_READY)

    def test_wrong_expectation(self):
        # Fails on purpose: the inventory has 4 items, not 5.
        self.assertEqual(self.inv.total(), 5)

    def test_names_differ(self):
        # Fails on purpose, with CPython's list diff.
        self.assertEqual(self.inv.names(), ["apple", "kiwi", "pear"])

    def test_dict_differs(self):
        # Fails on purpose, with CPython's dict diff.
        self.assertDictEqual(self.inv.items, {"apple": 3, "pear": 2})

    def test_broken(self):
        # An error, not a failure.
        self.inv.take("plum")

    @unittest.skipIf(True, "not on this platform")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(mean([]), 0)


class MeanTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.samples = [[1, 2, 3], [2.5, 3.5], [10]]

    def test_means(self):
        for values, expected in zip(self.samples, [2, 3, 10]):
            with self.subTest(values=values):
                self.assertAlmostEqual(mean(values), expected)

    def test_means_wrong(self):
        for n in range(1, 4):
            with self.subTest(n=n):
                self.assertEqual(mean(list(range(n))), 1)

    def test_text(self):
        self.assertMultiLineEqual("alpha\nbeta\ngamma\n", "alpha\nbeta\ndelta\n")


if __name__ == "__main__":
    unittest.main()
