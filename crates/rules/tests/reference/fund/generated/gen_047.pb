META
key;value
description;"Generated election 47 ""test""; reference"
num_projects;14
num_votes;17
budget;2947
vote_type;ordinal
rule;equalshares
PROJECTS
project_id;cost;name;votes;selected
P55-0;2022.92;" Garten ";4;1
P70-1;2950;" Garten ";8;0
P58-2;1342.72;"Spielplatz ""Nord""";4;0
P73-3;800;Bänke am Teich;0;1
P43-4;1150;"Licht; Weg";5;0
P32-5;800;"Spielplatz ""Nord""";2;1
P65-6;100;Bänke am Teich;5;0
P49-7;1497.76;" Garten ";3;1
P50-8;250;Bänke am Teich;2;0
P78-9;1027.93;"Licht; Weg";4;1
P05-10;194.16;"Spielplatz ""Nord""";1;0
P53-11;100;"Licht; Weg";1;1
P84-12;1650;"Spielplatz ""Nord""";2;0
P03-13;850;Baum;1;0

VOTES
voter_id;vote;age
1;P70-1,P55-0;54
2;;none
3;P65-6;70
4;P65-6;60
5;P65-6,P49-7,P58-2,P05-10;none
6;;88
7;P53-11,P43-4,P55-0,P49-7,P70-1;45
8;P55-0,P70-1,P65-6,P50-8;none
9;;19
10;P32-5,P78-9,P43-4;40
11;P55-0,P70-1,P43-4,P84-12;none
12;P58-2,P70-1,P49-7,P43-4;60
13;P32-5,P70-1;none
14;P43-4,P65-6,P70-1;24
15;P78-9;none
16;P70-1,P58-2,P78-9,P03-13,P50-8;none
17;P58-2,P84-12,P78-9;45
