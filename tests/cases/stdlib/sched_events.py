# sched: events run in order of time, priority and scheduling; cancel,
# queue, empty, and run(blocking=False) with a fake clock.
import sched

clock = [0.0]
log = []
def timefunc():
    return clock[0]
def delayfunc(seconds):
    log.append(("wait", seconds))
    clock[0] += seconds

s = sched.scheduler(timefunc, delayfunc)
def act(name, **kw):
    log.append((name, clock[0], kw))
e1 = s.enter(5, 2, act, ("five-low",))
e2 = s.enter(5, 1, act, ("five-high",))
e3 = s.enterabs(2, 1, act, ("two",), {"k": 1})
e4 = s.enter(7, 1, act, argument=("seven",))
e5 = s.enter(9, 1, act, ("cancelled",))
s.cancel(e5)
print([e.argument for e in s.queue], s.empty())
print(s.run(blocking=False))
s.run()
print(log, s.empty())
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError")
print(e1 < e2, e2.time, e3._fields, sched.Event.__name__, s.run(blocking=False))
