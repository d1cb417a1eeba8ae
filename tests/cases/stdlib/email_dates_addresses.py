from email._parseaddr import parsedate_tz, parsedate, mktime_tz, AddressList
for d in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
          "Mon, 20 Nov 1995 19:12:08 -0500", "20 Nov 1995 19:12 +0130", "Tue, 1 Jan 2030 00:00:00 -0000",
          "Wed, 21 Oct 2015 07:28:00 EDT", "garbage", "", "Thu, 01 Jan 1970 00:00:00 +0000",
          "1 Feb 99 10:00:00", "Fri, 13 Feb 2009 23:31:30 UT", "Sat, 3 Mar 2001 1:2:3 PST"]:
    t = parsedate_tz(d)
    print(repr(d), t, parsedate(d), t and mktime_tz(t))
for a in ["John Doe <jdoe@example.com>", "jdoe@example.com", '"Doe, John" <jdoe@example.com>',
          "jdoe@example.com (John Doe)", "a@b.c, d@e.f", "Group: a@b.c, Name <d@e.f>;, x@y.z",
          "<only@angle.com>", "", "bogus", '"quoted local"@example.com', "Jane <jane@[127.0.0.1]>",
          "Foo (comment) <a@b.com>", "a.b@c.d", "first last <fl@x.org>, (c) <q@r.s>"]:
    print(repr(a), AddressList(a).addresslist)
